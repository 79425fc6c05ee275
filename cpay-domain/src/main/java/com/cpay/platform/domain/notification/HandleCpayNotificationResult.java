package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What handling a webhook did.
 *
 * @param disposition     the overall result
 * @param merchantTradeNo the order it was applied to (or created), if any
 * @param outcome         what the state machine made of it, if it reached an order
 * @param status          the order's status afterwards, if it reached an order
 * @param detail          a short explanation for logs (field names and rules, never values of the payload)
 * @param retryAfter      how long the sender has to wait, exactly when {@link Disposition#RATE_LIMITED}
 */
public record HandleCpayNotificationResult(Disposition disposition, Optional<MerchantTradeNo> merchantTradeNo,
                                           Optional<OutcomeKind> outcome, Optional<OrderStatus> status,
                                           Optional<String> detail, Optional<Duration> retryAfter) {

    public HandleCpayNotificationResult {
        Objects.requireNonNull(disposition, "disposition");
        merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
        outcome = CommandRules.orEmpty(outcome);
        status = CommandRules.orEmpty(status);
        detail = CommandRules.orEmpty(detail);
        retryAfter = CommandRules.orEmpty(retryAfter);
        if (retryAfter.isPresent() != (disposition == Disposition.RATE_LIMITED)) {
            throw new IllegalArgumentException("a wait is given exactly when the sender is held back");
        }
    }

    /** What handling did, for any disposition but {@link Disposition#RATE_LIMITED}. */
    public HandleCpayNotificationResult(Disposition disposition, Optional<MerchantTradeNo> merchantTradeNo,
                                        Optional<OutcomeKind> outcome, Optional<OrderStatus> status,
                                        Optional<String> detail) {
        this(disposition, merchantTradeNo, outcome, status, detail, Optional.empty());
    }

    /** Nothing stored: the sender has to wait this long ({@link DeliveryAdmission}). */
    public static HandleCpayNotificationResult rateLimited(Duration wait) {
        return new HandleCpayNotificationResult(Disposition.RATE_LIMITED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("the sender is held back: nothing stored"), Optional.of(wait));
    }

    /** What handling a webhook did, overall. */
    public enum Disposition {
        /** Applied to an existing order. */
        APPLIED_TO_ORDER,
        /** No order matched, no merchantTradeNo and a hash: a no-order deposit was created from it (docs/decisions.md, decision 15). */
        CREATED_DEPOSIT,
        /** Delivered before and already processed (or kept for review or a lookup): nothing done. */
        ALREADY_PROCESSED,
        /** Signature missing or wrong: stored, never applied (docs/decisions.md, decision 14). */
        REJECTED,
        /** Signed, but for another merchant or for none (no merchantId): stored as rejected, never applied (docs/decisions.md, decision 15). */
        WRONG_MERCHANT,
        /**
         * Verified, but it matches no order of ours and is no deposit without an order (a merchantTradeNo we never
         * issued, or neither merchantTradeNo nor hash): kept for review, never booked (docs/decisions.md, decision 15).
         */
        UNMATCHED,
        /**
         * Verified, but it could not be read or applied: kept with the keys that could be read, to be settled
         * through C-Pay's getOrderDetail.
         */
        NEEDS_LOOKUP,
        /** Refused, and its sender has sent too many refused ones: nothing stored, answered with a wait. */
        RATE_LIMITED
    }

    /**
     * Whether to answer C-Pay "OK": everything stored for good is acknowledged; a rejected signature (docs/decisions.md, decision 14) and
     * a notification that is not ours are answered "FAIL". An unmatched or unreadable notification is
     * acknowledged because a redelivery cannot change it; it waits in the inbox for a lookup and a human.
     */
    public boolean acknowledge() {
        return disposition != Disposition.REJECTED && disposition != Disposition.WRONG_MERCHANT
                && disposition != Disposition.RATE_LIMITED;
    }
}
