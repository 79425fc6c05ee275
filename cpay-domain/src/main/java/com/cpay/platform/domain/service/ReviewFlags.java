package com.cpay.platform.domain.service;

import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.ReviewNote;
import com.cpay.platform.domain.order.ReviewReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags an order for review for a reason found outside its state machine (a payout answer that does not add
 * up, amounts that cannot be read). {@link Order} offers no public flagging method, so the flag is added
 * through its snapshot; the order keeps its version, so the save stays guarded.
 */
final class ReviewFlags {

    private ReviewFlags() {
    }

    /** The same order, flagged with this note. */
    static Order flag(Order order, ReviewReason reason, String detail, Instant at) {
        OrderSnapshot s = order.snapshot();
        List<ReviewNote> notes = new ArrayList<>(s.reviewNotes());
        notes.add(new ReviewNote(reason, detail, at));
        Instant updatedAt = at.isAfter(s.updatedAt()) ? at : s.updatedAt();
        return Order.rehydrate(new OrderSnapshot(s.merchantTradeNo(), s.cpayOrderId(), s.userId(), s.status(),
                s.requestedAmount(), s.reportedAmounts(), s.details(), s.createdAt(), updatedAt, s.version(), true,
                notes, s.history()));
    }
}
