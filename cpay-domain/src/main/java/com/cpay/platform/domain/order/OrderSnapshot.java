package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an {@link Order} holds, as plain values: what a persistence adapter stores
 * ({@link Order#snapshot()}) and rebuilds the order from ({@link Order#rehydrate(OrderSnapshot)}).
 *
 * @param merchantTradeNo the merchant's order number, the idempotency anchor toward C-Pay
 * @param cpayOrderId     C-Pay's id, once known
 * @param userId          the merchant's end user
 * @param status          the current status
 * @param requestedAmount the amount asked for (none for a no-order deposit, which nobody asked for)
 * @param reportedAmounts the amounts as C-Pay last reported them
 * @param details         what only this kind of order knows; also decides the kind
 * @param createdAt       when the order was created here
 * @param updatedAt       when it last changed or received a report
 * @param version         the optimistic-locking version, owned by the persistence adapter
 * @param needsReview     whether a human must look at it
 * @param reviewNotes     every reason it was ever flagged, oldest first
 * @param history         the status reports held, oldest first: every one of them unless {@code historyOffset} is
 *                        above 0
 * @param rejection       C-Pay's refusal of the call that was to create it, if C-Pay refused it
 * @param outcomeUnknown  set while nobody knows whether C-Pay acted on the order (docs/decisions.md, decision 25)
 * @param historyOffset   how many stored reports come before the first one held: 0 when {@code history} is complete,
 *                        more for an order read with only its last entry ({@link HistoryRead#LAST_ENTRY}); such an
 *                        order holds at least that entry
 * @param metadata        the merchant's own data given when the order was created (empty when none was given)
 */
public record OrderSnapshot(
        MerchantTradeNo merchantTradeNo,
        Optional<CpayOrderId> cpayOrderId,
        UserId userId,
        OrderStatus status,
        Optional<Money> requestedAmount,
        ReportedAmounts reportedAmounts,
        OrderDetails details,
        Instant createdAt,
        Instant updatedAt,
        long version,
        boolean needsReview,
        List<ReviewNote> reviewNotes,
        List<StatusChange> history,
        Optional<CpayRejection> rejection,
        Optional<OutcomeUnknown> outcomeUnknown,
        int historyOffset,
        Metadata metadata) {

    public OrderSnapshot {
        Objects.requireNonNull(merchantTradeNo, "merchantTradeNo");
        Objects.requireNonNull(cpayOrderId, "cpayOrderId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAmount, "requestedAmount");
        Objects.requireNonNull(reportedAmounts, "reportedAmounts");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        reviewNotes = List.copyOf(reviewNotes);
        history = List.copyOf(history);
        Objects.requireNonNull(rejection, "rejection");
        Objects.requireNonNull(outcomeUnknown, "outcomeUnknown");
        metadata = Objects.requireNonNullElse(metadata, Metadata.empty());
        if (historyOffset < 0 || historyOffset > 0 && history.isEmpty()) {
            throw new IllegalArgumentException("a history read from an offset holds at least its last entry");
        }
    }

    /** An order without metadata, holding its history from {@code historyOffset}. */
    public OrderSnapshot(MerchantTradeNo merchantTradeNo, Optional<CpayOrderId> cpayOrderId, UserId userId,
                         OrderStatus status, Optional<Money> requestedAmount, ReportedAmounts reportedAmounts,
                         OrderDetails details, Instant createdAt, Instant updatedAt, long version, boolean needsReview,
                         List<ReviewNote> reviewNotes, List<StatusChange> history, Optional<CpayRejection> rejection,
                         Optional<OutcomeUnknown> outcomeUnknown, int historyOffset) {
        this(merchantTradeNo, cpayOrderId, userId, status, requestedAmount, reportedAmounts, details, createdAt,
                updatedAt, version, needsReview, reviewNotes, history, rejection, outcomeUnknown, historyOffset,
                Metadata.empty());
    }

    /** An order without metadata holding its whole history. */
    public OrderSnapshot(MerchantTradeNo merchantTradeNo, Optional<CpayOrderId> cpayOrderId, UserId userId,
                         OrderStatus status, Optional<Money> requestedAmount, ReportedAmounts reportedAmounts,
                         OrderDetails details, Instant createdAt, Instant updatedAt, long version, boolean needsReview,
                         List<ReviewNote> reviewNotes, List<StatusChange> history, Optional<CpayRejection> rejection,
                         Optional<OutcomeUnknown> outcomeUnknown) {
        this(merchantTradeNo, cpayOrderId, userId, status, requestedAmount, reportedAmounts, details, createdAt,
                updatedAt, version, needsReview, reviewNotes, history, rejection, outcomeUnknown, 0, Metadata.empty());
    }

    /** The same order under another optimistic-locking version (what a store hands back after a save). */
    public OrderSnapshot withVersion(long next) {
        return new OrderSnapshot(merchantTradeNo, cpayOrderId, userId, status, requestedAmount, reportedAmounts,
                details, createdAt, updatedAt, next, needsReview, reviewNotes, history, rejection, outcomeUnknown,
                historyOffset, metadata);
    }

    /**
     * The same order with these history entries as its history (offset 0), e.g. the ones one change recorded (what
     * an event about that change shows).
     */
    public OrderSnapshot withHistory(List<StatusChange> entries) {
        return new OrderSnapshot(merchantTradeNo, cpayOrderId, userId, status, requestedAmount, reportedAmounts,
                details, createdAt, updatedAt, version, needsReview, reviewNotes, entries, rejection, outcomeUnknown, 0,
                metadata);
    }

    /** The same order holding only the last entry of its history: what a {@link HistoryRead#LAST_ENTRY} read brings. */
    public OrderSnapshot lastEntryOnly() {
        int held = history.size();
        if (held < 2) {
            return this;
        }
        return new OrderSnapshot(merchantTradeNo, cpayOrderId, userId, status, requestedAmount, reportedAmounts,
                details, createdAt, updatedAt, version, needsReview, reviewNotes, history.subList(held - 1, held),
                rejection, outcomeUnknown, historyOffset + held - 1, metadata);
    }

    /** How many reports the order's whole history holds, including those before {@link #historyOffset()}. */
    public int historySize() {
        return historyOffset + history.size();
    }

    /** The kind of order, decided by its details. */
    public OrderKind kind() {
        return details.kind();
    }
}
