package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;

/** A user withdraws crypto to an external address (withdraw, s.4). */
@PrimaryPort
public interface RequestCryptoPayoutUseCase {

    /**
     * Records the payout as PENDING, then asks C-Pay to send it.
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted requestCryptoPayout(Command command);

    /**
     * A crypto withdrawal.
     *
     * @param merchantTradeNo the caller's order number; one is generated when absent
     * @param userId          the withdrawing user
     * @param toAddress       the destination, plausible for its network
     * @param amounts         what the user withdraws and what reaches the address
     * @param urls            an optional callback URL; withdraw takes no success or fail URL
     */
    record Command(Optional<MerchantTradeNo> merchantTradeNo, UserId userId,
                   CryptoAddress toAddress, CryptoPayoutAmounts amounts, OrderUrls urls) {

        public Command {
            merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
            urls = Objects.requireNonNullElse(urls, OrderUrls.none());
            Violations v = new Violations();
            CommandRules.required(v, UserId.FIELD, userId);
            CommandRules.required(v, CryptoAddress.FIELD, toAddress);
            CommandRules.required(v, "amounts", amounts);
            if (urls.successUrl().isPresent()) {
                v.add("successUrl", "not-supported", "a crypto payout takes no successUrl");
            }
            if (urls.failUrl().isPresent()) {
                v.add("failUrl", "not-supported", "a crypto payout takes no failUrl");
            }
            v.throwIfAny();
        }
    }
}
