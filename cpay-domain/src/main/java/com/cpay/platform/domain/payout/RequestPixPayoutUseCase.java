package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;

/** A user is paid BRL over PIX (createFiatPayoutOrder, s.5). */
@PrimaryPort
public interface RequestPixPayoutUseCase {

    /**
     * Records the payout as PENDING, asks C-Pay to pay it, and checks that C-Pay's amounts add up
     * ({@code orderAmount = receivedAmount + fee}, receivedAmount = the amount asked); if they do not, the
     * order is flagged for review ({@code AMOUNT_MISMATCH}, the note says why).
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted requestPixPayout(Command command);

    /**
     * A PIX payout.
     *
     * @param merchantTradeNo the caller's order number; one is generated when absent
     * @param userId          the user paid
     * @param terms           amount in BRL (what the user receives), country BRA, PIX key valid for its type
     * @param urls            optional callback, success and fail URLs
     * @param remark          optional free text, at most 256 characters
     */
    record Command(Optional<MerchantTradeNo> merchantTradeNo, UserId userId,
                   PixPayoutTerms terms, OrderUrls urls, Optional<String> remark) {

        /** {@code remark} is String(256). */
        public static final int MAX_REMARK_LENGTH = 256;

        public Command {
            merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
            urls = Objects.requireNonNullElse(urls, OrderUrls.none());
            remark = CommandRules.orEmpty(remark).filter(text -> !text.isBlank());
            Violations v = new Violations();
            CommandRules.required(v, UserId.FIELD, userId);
            CommandRules.required(v, "terms", terms);
            CommandRules.optionalText(v, "remark", remark, MAX_REMARK_LENGTH);
            v.throwIfAny();
        }
    }
}
