package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.payout.model.PixAccountType;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import java.util.Objects;

/**
 * A PIX payout's own facts: what was asked of createFiatPayoutOrder (s.5), BRL to a PIX key.
 *
 * <p>The key is kept in full, not masked: after a timeout the payout may have to be sent again under the
 * same merchantTradeNo, which needs the same key, and disputes are settled on it. It is kept out of
 * {@link #toString()}, since a CPF or e-mail is personal data.
 *
 * @param terms amount (what the user receives), country and destination key
 */
public record PixPayoutDetails(PixPayoutTerms terms) implements OrderDetails {

    public PixPayoutDetails {
        Objects.requireNonNull(terms, "terms");
    }

    /** The key type, C-Pay's {@code accountType}. */
    public PixAccountType accountType() {
        return terms.toAccount().type();
    }

    @Override
    public OrderKind kind() {
        return OrderKind.PIX_PAYOUT;
    }

    /** Always BRL. */
    @Override
    public Asset reportingAsset() {
        return PixPayoutTerms.CURRENCY;
    }

    @Override
    public String toString() {
        return "PixPayoutDetails[amount=" + terms.amount() + ", accountType=" + accountType() + ", key=hidden]";
    }
}
