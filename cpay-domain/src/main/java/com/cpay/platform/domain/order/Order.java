package com.cpay.platform.domain.order;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order of any kind at C-Pay, as this platform tracks it: its identifiers, amounts, kind-specific
 * details, status, review flag and the append-only history of every status report received.
 *
 * <p>Opened from the {@link NewOrder} a use case was given ({@link #open}), PENDING with nothing reported, or
 * rebuilt from storage by {@link #rehydrate(OrderSnapshot)}. Status reports go through {@link #apply(StatusEvent)},
 * which follows the {@link StatusTransitionPolicy}. Not thread-safe: one instance per unit of work, with the
 * {@link #version()} guarding concurrent saves in the persistence adapter.
 *
 * <p>An order read to be changed may hold only the last entry of its history ({@link HistoryRead#LAST_ENTRY}): no
 * rule reads an earlier one, and new entries are appended after the stored ones. Such an order refuses to show its
 * {@link #history()}; a read with {@link HistoryRead#FULL} brings all of it.
 */
@AggregateRoot
public final class Order {

    private final MerchantTradeNo merchantTradeNo;
    private final UserId userId;
    private final Optional<Money> requestedAmount;
    private final Instant createdAt;
    private final long version;
    private final List<ReviewNote> reviewNotes;
    private final List<StatusChange> history;
    private final int historyOffset;
    private final Metadata metadata;
    private Optional<CpayOrderId> cpayOrderId;
    private OrderStatus status;
    private ReportedAmounts reportedAmounts;
    private OrderDetails details;
    private Instant updatedAt;
    private boolean needsReview;
    private Optional<CpayRejection> rejection;
    private Optional<OutcomeUnknown> outcomeUnknown;

    private Order(OrderSnapshot s) {
        merchantTradeNo = s.merchantTradeNo();
        userId = s.userId();
        requestedAmount = s.requestedAmount();
        createdAt = s.createdAt();
        version = s.version();
        reviewNotes = new ArrayList<>(s.reviewNotes());
        history = new ArrayList<>(s.history());
        historyOffset = s.historyOffset();
        metadata = s.metadata();
        cpayOrderId = s.cpayOrderId();
        status = s.status();
        reportedAmounts = s.reportedAmounts();
        details = s.details();
        updatedAt = s.updatedAt();
        needsReview = s.needsReview();
        rejection = s.rejection();
        outcomeUnknown = s.outcomeUnknown();
    }

    /**
     * The order asked for, PENDING with nothing reported yet, under {@code tradeNo}: the caller's merchantTradeNo
     * or, when it gave none, a new one.
     *
     * @throws IllegalArgumentException when the caller gave another merchantTradeNo
     */
    public static Order open(MerchantTradeNo tradeNo, NewOrder<?> order, Instant createdAt) {
        Objects.requireNonNull(tradeNo, "merchantTradeNo");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!order.merchantTradeNo().orElse(tradeNo).equals(tradeNo)) {
            throw new IllegalArgumentException("the order was asked for under another merchantTradeNo");
        }
        return create(tradeNo, order.userId(), Optional.of(order.amount()), order.details(), order.metadata(),
                createdAt);
    }

    /**
     * A deposit first seen in a webhook (no-order mode, docs/decisions.md, decision 15), with the webhook already
     * applied. Uses the notification's merchantTradeNo, or {@code fallbackTradeNo} when it has none. It needs the
     * user, the coin, and the transaction hash or C-Pay's order id to reconcile it by later.
     *
     * @throws com.cpay.platform.domain.shared.ValidationException when the notification lacks the user,
     *         the coin, or both the hash and C-Pay's order id
     */
    public static Order fromNoOrderDeposit(CpayNotification notification, AssetCatalog catalog,
                                           MerchantTradeNo fallbackTradeNo, Instant receivedAt) {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(catalog, "catalog");
        MerchantTradeNo tradeNo = notification.merchantTradeNo()
                .orElseGet(() -> Objects.requireNonNull(fallbackTradeNo, "fallbackTradeNo"));
        UserId userId = notification.merchantUserId().orElseThrow(() -> ValidationException.of(
                "merchantUserId", "required", "a no-order deposit needs merchantUserId"));
        Asset coin = catalog.asset("cryptoCurrency", notification.cryptoCurrency().orElse(null));
        if (notification.hash().isEmpty() && notification.orderId().isEmpty()) {
            throw ValidationException.of("hash", "required", "a no-order deposit needs its hash or orderId");
        }
        CryptoDepositDetails details = CryptoDepositDetails.of(coin);
        if (notification.network().isPresent()) {
            details = details.withNetwork(notification.network().get());
        }
        Order order = create(tradeNo, userId, Optional.empty(), details, Metadata.empty(), receivedAt);
        order.apply(notification.toStatusEvent(coin, receivedAt));
        return order;
    }

    private static Order create(MerchantTradeNo merchantTradeNo, UserId userId, Optional<Money> requestedAmount,
                        OrderDetails details, Metadata metadata, Instant createdAt) {
        return new Order(new OrderSnapshot(merchantTradeNo, Optional.empty(), userId, OrderStatus.PENDING,
                requestedAmount, ReportedAmounts.none(), details, createdAt, createdAt, 0L, false,
                List.of(), List.of(), Optional.empty(), Optional.empty(), 0, metadata));
    }

    /**
     * Rebuilds a stored order exactly as it was.
     *
     * @throws IllegalArgumentException when the snapshot contradicts itself (status not the one its
     *                                  history ends in, a review flag without a reason, a rejected order
     *                                  that is not CLOSED)
     */
    public static Order rehydrate(OrderSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        List<StatusChange> history = snapshot.history();
        if (!history.isEmpty() && history.get(history.size() - 1).to() != snapshot.status()) {
            throw new IllegalArgumentException("the status must be the one the history ends in");
        }
        if (snapshot.needsReview() && snapshot.reviewNotes().isEmpty()) {
            throw new IllegalArgumentException("an order flagged for review needs a reason");
        }
        if (snapshot.rejection().isPresent() && snapshot.status() != OrderStatus.CLOSED) {
            throw new IllegalArgumentException("an order C-Pay rejected must be CLOSED");
        }
        if (snapshot.outcomeUnknown().isPresent() && snapshot.status().isTerminal()) {
            throw new IllegalArgumentException("a terminal order cannot have an unknown outcome");
        }
        return new Order(snapshot);
    }

    /**
     * Takes a status report: decides with the {@link StatusTransitionPolicy}, records the report in the
     * history whatever the outcome, updates status and amounts only when applied, and flags the order
     * when the outcome needs review. A report naming another C-Pay order id or transaction hash than the
     * recorded one is a {@link TransitionOutcome.Conflict} and is not applied; otherwise ids it names are
     * recorded when still unknown.
     */
    public TransitionOutcome apply(StatusEvent event) {
        Objects.requireNonNull(event, "event");
        OrderStatus from = status;
        TransitionOutcome outcome = OrderIdentity.conflict(this, event)
                .orElseGet(() -> StatusTransitionPolicy.apply(status, reportedAmounts, event));
        if (outcome instanceof TransitionOutcome.Conflict conflict) {
            flag(conflict.reason(), conflict.detail(), event.observedAt());
        } else {
            // C-Pay reported on this very order: whatever it said, it has the order, so the outcome is known.
            outcomeUnknown = Optional.empty();
            // No conflict: a named id equals the recorded one, so only an unknown id is news.
            if (cpayOrderId.isEmpty()) {
                cpayOrderId = event.cpayOrderId();
            }
            event.hash().ifPresent(hash -> details = OrderIdentity.recordHash(details, hash));
        }
        if (outcome instanceof TransitionOutcome.UnknownStatus unknown) {
            flag(ReviewReason.UNKNOWN_STATUS, OrderIdentity.describeUnknown(unknown.raw()), event.observedAt());
        }
        if (outcome instanceof TransitionOutcome.Applied applied) {
            status = applied.to();
            reportedAmounts = event.amounts().over(reportedAmounts);
        }
        checkWithdrawalFee(event);
        history.add(new StatusChange(from, status, event.code(), event.source(), outcome.kind(), event.observedAt()));
        touch(event.observedAt());
        return outcome;
    }

    /**
     * Records C-Pay's order id (e.g. from a pwpp answer, which carries no status). An order has one id:
     * a different second id is kept out and the order is flagged for review.
     */
    public IdAssignment assignCpayOrderId(CpayOrderId id, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        if (cpayOrderId.isEmpty()) {
            cpayOrderId = Optional.of(id);
            outcomeUnknown = Optional.empty();
            touch(at);
            return IdAssignment.ASSIGNED;
        }
        if (cpayOrderId.get().equals(id)) {
            return IdAssignment.ALREADY_KNOWN;
        }
        flag(ReviewReason.ORDER_ID_MISMATCH, OrderIdentity.describeIdMismatch(cpayOrderId.get(), id), at);
        touch(at);
        return IdAssignment.CONFLICT;
    }

    /**
     * Replaces the kind-specific details with a later version of them (cashier URL, network, 3DS page ...
     * from C-Pay's answer).
     *
     * @throws IllegalArgumentException when the new details belong to another kind or count reported
     *                                  amounts in another asset
     */
    public void updateDetails(OrderDetails next, Instant at) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(at, "at");
        if (next.kind() != details.kind() || !next.reportingAsset().equals(details.reportingAsset())) {
            throw new IllegalArgumentException("details can only be replaced by details of the same kind and asset");
        }
        details = next;
        touch(at);
    }

    /**
     * Records that C-Pay refused the call that was to create this order: the order is closed through the
     * {@link StatusTransitionPolicy} (a CLOSED report from {@link EventSource#CREATE_RESPONSE}, kept in the
     * history) and keeps the refusal, see {@link #rejection()}.
     *
     * <p>Only an order C-Pay never took can be refused: one still open and without a C-Pay order id (see
     * {@link #canRecordRejection()}). A terminal order or one C-Pay gave an id has heard from C-Pay since,
     * and a refusal of its creation would contradict that.
     *
     * @throws IllegalStateException when the order is terminal or has a C-Pay order id
     */
    public void recordRejection(CpayRejection refusal) {
        Objects.requireNonNull(refusal, "refusal");
        if (!canRecordRejection()) {
            throw new IllegalStateException("only an open order without a C-Pay order id can be rejected by C-Pay");
        }
        apply(StatusEvent.of(OrderStatus.CLOSED, EventSource.CREATE_RESPONSE, refusal.at()));
        rejection = Optional.of(refusal);
    }

    /** Whether {@link #recordRejection(CpayRejection)} may be called: not terminal, no C-Pay order id. */
    public boolean canRecordRejection() {
        return !status.isTerminal() && cpayOrderId.isEmpty();
    }

    /**
     * Flags the order for a human to look at, for a reason found outside its state machine (a payout answer
     * that does not add up, amounts that cannot be read). The status is unchanged.
     *
     * @param detail a human explanation (statuses, field names, amounts; never secrets or card data)
     */
    public void flagForReview(ReviewReason reason, String detail, Instant at) {
        flag(reason, detail, at);
        touch(at);
    }

    /** A human has looked at the order: the flag is cleared, the notes stay as its record. */
    public void clearReview(Instant at) {
        Objects.requireNonNull(at, "at");
        needsReview = false;
        touch(at);
    }

    /**
     * Records that the order was sent and C-Pay's answer was lost or unreadable (docs/decisions.md, decision 25): the
     * status stays, the history says so, and reconciliation looks the order up from {@code nextLookupAt}. A
     * terminal order, or one C-Pay already gave an id, has its outcome known: nothing is recorded then.
     *
     * @param source {@link EventSource#CREATE_RESPONSE} for the first sending, {@link EventSource#OPERATOR} for a
     *               resubmission
     */
    public void markOutcomeUnknown(String reason, EventSource source, Instant at, Instant nextLookupAt) {
        Objects.requireNonNull(source, "source");
        if (status.isTerminal() || cpayOrderId.isPresent()) {
            return;
        }
        outcomeUnknown = Optional.of(new OutcomeUnknown(at, reason, 0, nextLookupAt));
        history.add(new StatusChange(status, status, StatusCode.of(status), source, OutcomeKind.OUTCOME_UNKNOWN, at));
        touch(at);
    }

    /** A getOrderDetail lookup of an order whose outcome is unknown told nothing: ask again at {@code next}. */
    public void recordInconclusiveLookup(Instant next) {
        outcomeUnknown = Optional.of(outcomeUnknown.orElseThrow(
                () -> new IllegalStateException("only an order whose outcome is unknown is looked up for it"))
                .afterLookup(next));
    }

    /**
     * Whether an operator may send this order to C-Pay again (docs/decisions.md, decision 25): a money-out order, still
     * open, that C-Pay never gave an id, and that is flagged for review or whose outcome is unknown.
     */
    public boolean canBeResubmitted() {
        return kind().movesMoneyOut() && !status.isTerminal() && cpayOrderId.isEmpty()
                && (needsReview || outcomeUnknown.isPresent());
    }

    /**
     * Records an operator's decision to send the order again under the same merchantTradeNo, before it is sent:
     * the history and the review notes keep the reason, the review flag and the unknown outcome are cleared (the
     * answer to the resubmission decides what comes next).
     *
     * @throws IllegalStateException when {@link #canBeResubmitted()} is false
     */
    public void recordResubmission(String reason, Instant at) {
        Checks.required("reason", reason);
        if (!canBeResubmitted()) {
            throw new IllegalStateException("this order cannot be resubmitted");
        }
        reviewNotes.add(new ReviewNote(ReviewReason.RESUBMITTED, reason, at));
        history.add(new StatusChange(status, status, StatusCode.of(status), EventSource.OPERATOR,
                OutcomeKind.RESUBMITTED, at));
        needsReview = false;
        outcomeUnknown = Optional.empty();
        touch(at);
    }

    /**
     * Whether an operator may close the order ({@link #closeByOperator}): it needs a person, being flagged for review
     * or of unknown outcome.
     */
    public boolean canBeClosedByOperator() {
        return needsReview || outcomeUnknown.isPresent();
    }

    /**
     * Records that an operator settled the order and closed it (docs/decisions.md, decision 25: only a person closes a
     * money-out order whose outcome is unknown). Nothing is sent to C-Pay. The note is kept as a review note; an open
     * order is moved to CLOSED through the {@link StatusTransitionPolicy} (a CLOSED report from
     * {@link EventSource#OPERATOR}, kept in the history), a terminal one keeps its status, which nothing may change;
     * the review flag and the unknown outcome are cleared. Should C-Pay report the order COMPLETED later, the state
     * machine calls that a contradiction and the order comes back to review.
     *
     * @param note what the operator found, never card data
     * @throws IllegalStateException when {@link #canBeClosedByOperator()} is false
     */
    public void closeByOperator(String note, Instant at) {
        Checks.required("note", note);
        Objects.requireNonNull(at, "at");
        if (!canBeClosedByOperator()) {
            throw new IllegalStateException("only an order flagged for review or of unknown outcome is closed by an "
                    + "operator");
        }
        reviewNotes.add(new ReviewNote(ReviewReason.CLOSED_BY_OPERATOR, note, at));
        if (!status.isTerminal()) {
            apply(StatusEvent.of(OrderStatus.CLOSED, EventSource.OPERATOR, at));
        }
        needsReview = false;
        outcomeUnknown = Optional.empty();
        touch(at);
    }

    /** Set while nobody knows whether C-Pay acted on the order. */
    public Optional<OutcomeUnknown> outcomeUnknown() {
        return outcomeUnknown;
    }

    /** Everything the order holds, for storage. */
    public OrderSnapshot snapshot() {
        return new OrderSnapshot(merchantTradeNo, cpayOrderId, userId, status, requestedAmount, reportedAmounts,
                details, createdAt, updatedAt, version, needsReview, reviewNotes, history, rejection, outcomeUnknown,
                historyOffset, metadata);
    }

    /** The merchant's own data given when the order was created. */
    public Metadata metadata() {
        return metadata;
    }

    public OrderKind kind() {
        return details.kind();
    }

    @Identity
    public MerchantTradeNo merchantTradeNo() {
        return merchantTradeNo;
    }

    public Optional<CpayOrderId> cpayOrderId() {
        return cpayOrderId;
    }

    public UserId userId() {
        return userId;
    }

    public OrderStatus status() {
        return status;
    }

    /** The amount asked for; none for a no-order deposit. */
    public Optional<Money> requestedAmount() {
        return requestedAmount;
    }

    /** The amounts as C-Pay last reported them in an applied report. */
    public ReportedAmounts reportedAmounts() {
        return reportedAmounts;
    }

    public OrderDetails details() {
        return details;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The optimistic-locking version read from storage; the persistence adapter increments it on save. */
    public long version() {
        return version;
    }

    public boolean needsReview() {
        return needsReview;
    }

    /** Every reason the order was flagged, oldest first. */
    public List<ReviewNote> reviewNotes() {
        return List.copyOf(reviewNotes);
    }

    /** C-Pay's refusal of the call that was to create the order, if it refused it. */
    public Optional<CpayRejection> rejection() {
        return rejection;
    }

    /**
     * Every status report received, oldest first.
     *
     * @throws IllegalStateException when the order was read with only its last entry (see {@link #holdsWholeHistory()})
     */
    public List<StatusChange> history() {
        if (!holdsWholeHistory()) {
            throw new IllegalStateException("order " + merchantTradeNo + " was read to be changed, with only the last "
                    + "entry of its history; read it with HistoryRead.FULL to show its history");
        }
        return List.copyOf(history);
    }

    /** Whether the order holds every entry of its history, not only the last ones. */
    public boolean holdsWholeHistory() {
        return historyOffset == 0;
    }

    /** The latest status report, whether or not the order holds its whole history; none before the first. */
    public Optional<StatusChange> lastStatusChange() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    // docs/decisions.md, decision 26: the address receives receivedAmount and the balance is debited totalAmount, so the
    // fee of a withdrawal is their difference; C-Pay reporting another fee means one of them is not what we asked.
    private void checkWithdrawalFee(StatusEvent event) {
        if (!(details instanceof CryptoPayoutDetails payout) || event.amounts().fee().isEmpty()) {
            return;
        }
        Money reported = event.amounts().fee().get();
        Money expected = payout.amounts().difference();
        boolean flaggedBefore = reviewNotes.stream().anyMatch(n -> n.reason() == ReviewReason.FEE_MISMATCH);
        if (reported.asset().equals(expected.asset()) && reported.amount().compareTo(expected.amount()) != 0
                && !flaggedBefore) {
            flag(ReviewReason.FEE_MISMATCH, "C-Pay reported a withdrawal fee of " + reported.toPlainString() + " "
                    + reported.asset().code() + "; totalAmount - receivedAmount is " + expected.toPlainString(),
                    event.observedAt());
        }
    }

    private void flag(ReviewReason reason, String detail, Instant at) {
        reviewNotes.add(new ReviewNote(reason, detail, at));
        needsReview = true;
    }

    // Reports may be observed out of order; the last change time never goes backwards.
    private void touch(Instant at) {
        if (at.isAfter(updatedAt)) {
            updatedAt = at;
        }
    }
}
