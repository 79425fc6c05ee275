package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * A PIX payout.
 *
 * @param merchantTradeNo the caller's order number; one is generated when absent
 * @param userId          the user paid
 * @param terms           amount in BRL (what the user receives), country BRA, PIX key valid for its type
 * @param urls            optional callback, success and fail URLs
 * @param remark          optional free text, at most 256 characters
 */
public record RequestPixPayoutCommand(Optional<MerchantTradeNo> merchantTradeNo, UserId userId,
                                      PixPayoutTerms terms, OrderUrls urls, Optional<String> remark) {

    /** {@code remark} is String(256). */
    public static final int MAX_REMARK_LENGTH = 256;

    public RequestPixPayoutCommand {
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
