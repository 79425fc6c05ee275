package com.cpay.platform.adapter.persistence;

import static com.cpay.platform.adapter.persistence.StoredAssets.asset;
import static com.cpay.platform.adapter.persistence.StoredAssets.money;

import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.CpayRejection;
import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.OrderDetails;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.order.OutcomeUnknown;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.ReviewNote;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.StatusChange;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Order snapshots to rows and back: core columns by hand, the kind-specific details as JSON ({@link DetailsJson}). */
final class OrderRowMapper {

    static final int REJECTION_MSG_LENGTH = 512;
    static final int REJECTION_TRACE_ID_LENGTH = 64;

    private OrderRowMapper() {
    }

    /** The row for {@code s}, stored under {@code merchantId}, with row id {@code id} (null when new). */
    static OrderRow toRow(OrderSnapshot s, String merchantId, Long id) {
        Optional<Money> requested = s.requestedAmount();
        ReportedAmounts r = s.reportedAmounts();
        Optional<CpayRejection> rejection = s.rejection();
        Optional<OutcomeUnknown> unknown = s.outcomeUnknown();
        return new OrderRow(id, merchantId, s.merchantTradeNo().value(),
                s.cpayOrderId().map(CpayOrderId::value).orElse(null), s.kind().name(), s.userId().value(),
                s.status().name(),
                amount("requestedAmount", requested), assetCode(requested),
                s.details().reportingAsset().code(),
                amount("orderAmount", r.orderAmount()), assetCode(r.orderAmount()),
                amount("actualAmount", r.actualAmount()), assetCode(r.actualAmount()),
                amount("receivedAmount", r.receivedAmount()), assetCode(r.receivedAmount()),
                amount("fee", r.fee()), assetCode(r.fee()),
                amount("pledgeAmount", r.pledgeAmount()), assetCode(r.pledgeAmount()),
                hash(s.details()).map(TransactionHash::value).orElse(null),
                s.details() instanceof CardPaymentDetails card ? card.card().value() : null,
                DetailsJson.write(s.details()), MetadataJson.write(s.metadata()),
                s.createdAt(), s.updatedAt(), s.needsReview(), s.historySize(), s.reviewNotes().size(),
                rejection.map(CpayRejection::code).orElse(null),
                rejection.map(x -> cut(x.msg(), REJECTION_MSG_LENGTH)).orElse(null),
                rejection.map(x -> cut(x.traceId(), REJECTION_TRACE_ID_LENGTH)).orElse(null),
                rejection.map(CpayRejection::at).orElse(null),
                unknown.map(OutcomeUnknown::since).orElse(null), unknown.map(OutcomeUnknown::reason).orElse(null),
                unknown.map(OutcomeUnknown::lookups).orElse(null), unknown.map(OutcomeUnknown::nextLookupAt).orElse(null),
                s.version());
    }

    /** The on-chain transaction, kept as a column because orders are looked up by it. */
    private static Optional<TransactionHash> hash(OrderDetails details) {
        if (details instanceof CryptoDepositDetails d) {
            return d.hash();
        }
        return details instanceof CryptoPayoutDetails d ? d.hash() : Optional.empty();
    }

    private static BigDecimal amount(String field, Optional<Money> money) {
        return money.map(m -> StoredAssets.amount(field, m)).orElse(null);
    }

    private static String assetCode(Optional<Money> money) {
        return money.map(m -> m.asset().code()).orElse(null);
    }

    /**
     * The snapshot stored in {@code row} with its history and notes, both in {@code seq} order. Entries at or
     * beyond the row's counts were appended by a later version (committed after the row was read) and are left
     * out; fewer entries than counted means the data is damaged.
     */
    static OrderSnapshot toSnapshot(OrderRow row, List<StatusHistoryRow> allHistory, List<ReviewNoteRow> allNotes) {
        return toSnapshot(row, 0, allHistory, allNotes);
    }

    /**
     * The same, holding the history from entry {@code historyOffset} on (the last entry alone when it is
     * {@code history_count - 1}): entries before it are not expected and left out.
     */
    static OrderSnapshot toSnapshot(OrderRow row, int historyOffset, List<StatusHistoryRow> entries,
                                    List<ReviewNoteRow> allNotes) {
        List<StatusHistoryRow> history = entries.stream()
                .filter(h -> h.seq() >= historyOffset && h.seq() < row.historyCount()).toList();
        List<ReviewNoteRow> notes = allNotes.stream().filter(n -> n.seq() < row.noteCount()).toList();
        if (history.size() != row.historyCount() - historyOffset || notes.size() != row.noteCount()) {
            throw new IllegalStateException("order " + row.merchantTradeNo() + ": stored history or review notes"
                    + " do not match the order row");
        }
        return snapshot(row, notes.stream().map(OrderRowMapper::note).toList(),
                history.stream().map(OrderRowMapper::change).toList(), historyOffset);
    }

    /** The order's state as {@code row} stores it, without its history and notes (what an event is decided on). */
    static OrderSnapshot stateOf(OrderRow row) {
        return snapshot(row, List.of(), List.of(), 0);
    }

    private static OrderSnapshot snapshot(OrderRow row, List<ReviewNote> notes, List<StatusChange> history,
                                          int historyOffset) {
        Optional<Money> requested = row.requestedAmount() == null ? Optional.empty()
                : Optional.of(money(row.requestedAmount(), row.requestedAsset()));
        return new OrderSnapshot(
                new MerchantTradeNo(row.merchantTradeNo()),
                Optional.ofNullable(row.cpayOrderId()).map(CpayOrderId::new),
                new UserId(row.userId()),
                OrderStatus.valueOf(row.status()),
                requested,
                reported(row),
                details(row),
                row.createdAt(),
                row.updatedAt(),
                row.version(),
                row.needsReview(),
                notes,
                history,
                rejection(row),
                outcomeUnknown(row),
                historyOffset,
                MetadataJson.read(row.metadata()));
    }

    private static Optional<OutcomeUnknown> outcomeUnknown(OrderRow row) {
        return row.outcomeUnknownSince() == null ? Optional.empty()
                : Optional.of(new OutcomeUnknown(row.outcomeUnknownSince(), row.outcomeUnknownReason(),
                        row.lookupAttempts(), row.nextLookupAt()));
    }

    private static Optional<CpayRejection> rejection(OrderRow row) {
        return row.rejectionCode() == null ? Optional.empty()
                : Optional.of(new CpayRejection(row.rejectionCode(), row.rejectionMsg(), row.rejectionTraceId(),
                        row.rejectedAt()));
    }

    // C-Pay's text has no documented length; a refusal is worth keeping even when its text must be cut.
    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** The rows of the entries from {@code from} on (an index in the whole history) of an order's snapshot. */
    static List<StatusHistoryRow> historyRows(long orderId, OrderSnapshot s, int from) {
        List<StatusChange> held = s.history();
        List<StatusHistoryRow> rows = new ArrayList<>(Math.max(0, s.historySize() - from));
        for (int seq = from; seq < s.historySize(); seq++) {
            StatusChange h = held.get(seq - s.historyOffset());
            rows.add(new StatusHistoryRow(null, orderId, seq, h.from().name(), h.to().name(), h.code().raw(),
                    h.source().name(), h.outcome().name(), h.at()));
        }
        return rows;
    }

    static List<ReviewNoteRow> noteRows(long orderId, List<ReviewNote> notes, int from) {
        List<ReviewNoteRow> rows = new ArrayList<>(Math.max(0, notes.size() - from));
        for (int seq = from; seq < notes.size(); seq++) {
            ReviewNote n = notes.get(seq);
            rows.add(new ReviewNoteRow(null, orderId, seq, n.reason().name(), n.detail(), n.at()));
        }
        return rows;
    }

    private static StatusChange change(StatusHistoryRow r) {
        return new StatusChange(OrderStatus.valueOf(r.fromStatus()), OrderStatus.valueOf(r.toStatus()),
                StatusCode.of(r.statusCode()), EventSource.valueOf(r.source()), OutcomeKind.valueOf(r.outcome()),
                r.observedAt());
    }

    private static ReviewNote note(ReviewNoteRow r) {
        return new ReviewNote(ReviewReason.valueOf(r.reason()), r.detail(), r.notedAt());
    }

    private static ReportedAmounts reported(OrderRow row) {
        ReportedAmounts r = ReportedAmounts.none();
        r = with(r, AmountKind.ORDER_AMOUNT, row.reportedOrderAmount(), row.reportedOrderAsset());
        r = with(r, AmountKind.ACTUAL_AMOUNT, row.reportedActualAmount(), row.reportedActualAsset());
        r = with(r, AmountKind.RECEIVED_AMOUNT, row.reportedReceivedAmount(), row.reportedReceivedAsset());
        r = with(r, AmountKind.FEE, row.reportedFeeAmount(), row.reportedFeeAsset());
        return with(r, AmountKind.PLEDGE_AMOUNT, row.reportedPledgeAmount(), row.reportedPledgeAsset());
    }

    private static ReportedAmounts with(ReportedAmounts r, AmountKind kind, BigDecimal amount, String asset) {
        return amount == null ? r : r.with(kind, money(amount, asset));
    }

    private static OrderDetails details(OrderRow row) {
        return DetailsJson.read(OrderKind.valueOf(row.kind()), row.details(), new StoredDetails.Columns(
                asset(row.reportingAsset()), Optional.ofNullable(row.txHash()).map(TransactionHash::new),
                row.maskedPan()));
    }
}
