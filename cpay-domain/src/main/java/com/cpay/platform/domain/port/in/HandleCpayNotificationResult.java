package com.cpay.platform.domain.port.in;

import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.util.Objects;
import java.util.Optional;

/**
 * What handling a webhook did.
 *
 * @param disposition     the overall result
 * @param merchantTradeNo the order it was applied to, if any
 * @param outcome         what the state machine made of it, if it reached an order
 * @param status          the order's status afterwards, if it reached an order
 * @param detail          a short explanation for logs (field names and rules, never values of the payload)
 */
public record HandleCpayNotificationResult(Disposition disposition, Optional<MerchantTradeNo> merchantTradeNo,
                                           Optional<OutcomeKind> outcome, Optional<OrderStatus> status,
                                           Optional<String> detail) {

    public HandleCpayNotificationResult {
        Objects.requireNonNull(disposition, "disposition");
        merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
        outcome = CommandRules.orEmpty(outcome);
        status = CommandRules.orEmpty(status);
        detail = CommandRules.orEmpty(detail);
    }

    /** What handling a webhook did, overall. */
    public enum Disposition {
        /** Applied to an existing order. */
        APPLIED_TO_ORDER,
        /** No order matched: a no-order deposit was created from it. */
        CREATED_DEPOSIT,
        /** Delivered before and already processed: nothing done. */
        ALREADY_PROCESSED,
        /** Signature missing or wrong: stored, never applied (SPEC-DECISIONS row 14). */
        REJECTED,
        /** Verified but unusable (unreadable fields, or no order and not a no-order deposit): stored as failed. */
        UNPROCESSABLE
    }

    /**
     * Whether to answer C-Pay "OK": everything stored is acknowledged except a rejected signature, which is
     * answered "FAIL" (row 14). An unprocessable event is acknowledged because a redelivery cannot fix it; it
     * waits in the inbox for a human.
     */
    public boolean acknowledge() {
        return disposition != Disposition.REJECTED;
    }
}
