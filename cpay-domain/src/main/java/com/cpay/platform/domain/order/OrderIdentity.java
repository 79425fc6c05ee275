package com.cpay.platform.domain.order;

import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.TransactionHash;
import java.util.Optional;

/**
 * Checks that a report is about the order it is applied to: C-Pay's order id and the transaction hash
 * are assigned once, so a report naming different ones contradicts the order rather than updating it.
 */
final class OrderIdentity {

    // Status codes are one or two digits; anything longer is summarised instead of echoed, so an
    // unexpected value in the status field can never carry sensitive text into a review note.
    private static final int MAX_ECHOED_CODE_LENGTH = 4;

    private OrderIdentity() {
    }

    /** The conflict the report's ids raise against the order, if any. */
    static Optional<TransitionOutcome> conflict(Order order, StatusEvent event) {
        Optional<CpayOrderId> known = order.cpayOrderId();
        Optional<CpayOrderId> reported = event.cpayOrderId();
        if (known.isPresent() && reported.isPresent() && !known.get().equals(reported.get())) {
            return Optional.of(new TransitionOutcome.Conflict(ReviewReason.ORDER_ID_MISMATCH,
                    describeIdMismatch(known.get(), reported.get())));
        }
        Optional<TransactionHash> knownHash = TransactionHashes.of(order.details());
        Optional<TransactionHash> reportedHash = event.hash();
        if (knownHash.isPresent() && reportedHash.isPresent() && !knownHash.get().equals(reportedHash.get())) {
            return Optional.of(new TransitionOutcome.Conflict(ReviewReason.HASH_MISMATCH,
                    "C-Pay reported transaction " + reportedHash.get() + " for an order recorded with "
                            + knownHash.get()));
        }
        return Optional.empty();
    }

    /** The details with the reported hash recorded if none was known yet. */
    static OrderDetails recordHash(OrderDetails details, TransactionHash hash) {
        return TransactionHashes.of(details).isPresent() ? details : TransactionHashes.withHash(details, hash);
    }

    static String describeIdMismatch(CpayOrderId known, CpayOrderId reported) {
        return "C-Pay reported order id " + reported + " for an order recorded with " + known;
    }

    static String describeUnknown(String raw) {
        String shown = raw.length() <= MAX_ECHOED_CODE_LENGTH ? "\"" + raw + "\""
                : "of " + raw.length() + " characters";
        return "C-Pay reported an undocumented status code " + shown;
    }
}
