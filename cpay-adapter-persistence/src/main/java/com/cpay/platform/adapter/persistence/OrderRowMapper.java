package com.cpay.platform.adapter.persistence;

import static com.cpay.platform.adapter.persistence.StoredAssets.asset;
import static com.cpay.platform.adapter.persistence.StoredAssets.money;

import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.money.RoundedCardAmount;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.CardRedirect;
import com.cpay.platform.domain.order.CpayRejection;
import com.cpay.platform.domain.order.OutcomeUnknown;
import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.HostedCardDetails;
import com.cpay.platform.domain.order.MaskedPan;
import com.cpay.platform.domain.order.OrderDetails;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.order.PixPayoutDetails;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.ReviewNote;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.StatusChange;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.payout.model.PixAccountType;
import com.cpay.platform.domain.payout.model.PixKey;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.quote.model.ExchangeRate;
import com.cpay.platform.domain.quote.model.ExchangeResult;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Order snapshots to rows and back, by hand: the sealed details need a branch per kind anyway. */
final class OrderRowMapper {

    static final int REJECTION_MSG_LENGTH = 512;
    static final int REJECTION_TRACE_ID_LENGTH = 64;

    private OrderRowMapper() {
    }

    /** The row for {@code s}, stored under {@code merchantId}, with row id {@code id} (null when new). */
    static OrderRow toRow(OrderSnapshot s, String merchantId, Long id) {
        OrderColumns c = new OrderColumns();
        c.id = id;
        c.merchantId = merchantId;
        c.merchantTradeNo = s.merchantTradeNo().value();
        c.cpayOrderId = s.cpayOrderId().map(CpayOrderId::value).orElse(null);
        c.kind = s.kind().name();
        c.userId = s.userId().value();
        c.status = s.status().name();
        OrderColumns.put("requestedAmount", s.requestedAmount().orElse(null), (a, x) -> {
            c.requestedAmount = a;
            c.requestedAsset = x;
        });
        c.reportingAsset = s.details().reportingAsset().code();
        putReported(c, s.reportedAmounts());
        putDetails(c, s.details());
        c.createdAt = s.createdAt();
        c.updatedAt = s.updatedAt();
        c.needsReview = s.needsReview();
        c.historyCount = s.history().size();
        c.noteCount = s.reviewNotes().size();
        c.version = s.version();
        s.rejection().ifPresent(r -> {
            c.rejectionCode = r.code();
            c.rejectionMsg = cut(r.msg(), REJECTION_MSG_LENGTH);
            c.rejectionTraceId = cut(r.traceId(), REJECTION_TRACE_ID_LENGTH);
            c.rejectedAt = r.at();
        });
        s.outcomeUnknown().ifPresent(u -> {
            c.outcomeUnknownSince = u.since();
            c.outcomeUnknownReason = u.reason();
            c.lookupAttempts = u.lookups();
            c.nextLookupAt = u.nextLookupAt();
        });
        return c.toRow();
    }

    /**
     * The snapshot stored in {@code row} with its history and notes, both in {@code seq} order. Entries at or
     * beyond the row's counts were appended by a later version (committed after the row was read) and are left
     * out; fewer entries than counted means the data is damaged.
     */
    static OrderSnapshot toSnapshot(OrderRow row, List<StatusHistoryRow> allHistory, List<ReviewNoteRow> allNotes) {
        List<StatusHistoryRow> history = allHistory.stream().filter(h -> h.seq() < row.historyCount()).toList();
        List<ReviewNoteRow> notes = allNotes.stream().filter(n -> n.seq() < row.noteCount()).toList();
        if (history.size() != row.historyCount() || notes.size() != row.noteCount()) {
            throw new IllegalStateException("order " + row.merchantTradeNo() + ": stored history or review notes"
                    + " do not match the order row");
        }
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
                notes.stream().map(OrderRowMapper::note).toList(),
                history.stream().map(OrderRowMapper::change).toList(),
                rejection(row),
                outcomeUnknown(row));
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

    static List<StatusHistoryRow> historyRows(long orderId, List<StatusChange> history, int from) {
        List<StatusHistoryRow> rows = new ArrayList<>(Math.max(0, history.size() - from));
        for (int seq = from; seq < history.size(); seq++) {
            StatusChange h = history.get(seq);
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

    private static void putReported(OrderColumns c, ReportedAmounts r) {
        OrderColumns.put("orderAmount", r.orderAmount().orElse(null), (a, x) -> {
            c.reportedOrderAmount = a;
            c.reportedOrderAsset = x;
        });
        OrderColumns.put("actualAmount", r.actualAmount().orElse(null), (a, x) -> {
            c.reportedActualAmount = a;
            c.reportedActualAsset = x;
        });
        OrderColumns.put("receivedAmount", r.receivedAmount().orElse(null), (a, x) -> {
            c.reportedReceivedAmount = a;
            c.reportedReceivedAsset = x;
        });
        OrderColumns.put("fee", r.fee().orElse(null), (a, x) -> {
            c.reportedFeeAmount = a;
            c.reportedFeeAsset = x;
        });
        OrderColumns.put("pledgeAmount", r.pledgeAmount().orElse(null), (a, x) -> {
            c.reportedPledgeAmount = a;
            c.reportedPledgeAsset = x;
        });
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

    private static void putDetails(OrderColumns c, OrderDetails details) {
        if (details instanceof CryptoDepositDetails d) {
            c.network = d.network().map(Network::wireName).orElse(null);
            c.cashierUrl = d.cashierUrl().orElse(null);
            c.txHash = d.hash().map(TransactionHash::value).orElse(null);
        } else if (details instanceof HostedCardDetails d) {
            c.cashierUrl = d.cashierUrl().orElse(null);
        } else if (details instanceof CardPaymentDetails d) {
            c.maskedPan = d.card().value();
            OrderColumns.put("amount", d.amount().charged(), (a, x) -> {
                c.cardChargedAmount = a;
                c.cardChargedAsset = x;
            });
            c.cardRequestedAmount = d.amount().requested().toPlainString();
            c.cardRedirectPage = d.redirect().flatMap(CardRedirect::pageData).orElse(null);
            c.cardRedirectUrl = d.redirect().flatMap(CardRedirect::redirectUrl).orElse(null);
            c.ccStorageId = d.ccStorageId().orElse(null);
        } else if (details instanceof CryptoPayoutDetails d) {
            c.network = d.network().wireName();
            c.payoutToAddress = d.toAddress();
            c.txHash = d.hash().map(TransactionHash::value).orElse(null);
            OrderColumns.put("totalAmount", d.amounts().totalAmount(), (a, x) -> {
                c.payoutTotalAmount = a;
                c.payoutTotalAsset = x;
            });
            OrderColumns.put("receivedAmount", d.amounts().receivedAmount(), (a, x) -> {
                c.payoutReceivedAmount = a;
                c.payoutReceivedAsset = x;
            });
        } else if (details instanceof PixPayoutDetails d) {
            OrderColumns.put("amount", d.terms().amount(), (a, x) -> {
                c.pixAmount = a;
                c.pixAsset = x;
            });
            c.pixCountry = d.terms().country();
            c.pixAccountType = d.terms().toAccount().type().name();
            c.pixKey = d.terms().toAccount().value();
        } else if (details instanceof ExchangeDetails d) {
            OrderColumns.put("sourceAmount", d.sourceAmount(), (a, x) -> {
                c.exchangeSourceAmount = a;
                c.exchangeSourceAsset = x;
            });
            d.result().ifPresent(result -> {
                OrderColumns.put("targetAmount", result.targetAmount(), (a, x) -> {
                    c.exchangeTargetAmount = a;
                    c.exchangeTargetAsset = x;
                });
                c.exchangeRate = result.rate().toWireString();
                OrderColumns.put("fee", result.fee(), (a, x) -> {
                    c.exchangeFeeAmount = a;
                    c.exchangeFeeAsset = x;
                });
            });
        } else {
            throw new IllegalArgumentException("no columns for details " + details.getClass().getSimpleName());
        }
    }

    private static OrderDetails details(OrderRow row) {
        OrderKind kind = OrderKind.valueOf(row.kind());
        switch (kind) {
            case CRYPTO_DEPOSIT:
                return new CryptoDepositDetails(asset(row.reportingAsset()),
                        Optional.ofNullable(row.network()).map(Network::of),
                        Optional.ofNullable(row.cashierUrl()),
                        Optional.ofNullable(row.txHash()).map(TransactionHash::new));
            case HOSTED_CARD:
                return new HostedCardDetails(asset(row.reportingAsset()), Optional.ofNullable(row.cashierUrl()));
            case DIRECT_CARD:
                return card(row);
            case CRYPTO_PAYOUT:
                return new CryptoPayoutDetails(Network.of(row.network()), row.payoutToAddress(),
                        new CryptoPayoutAmounts(money(row.payoutTotalAmount(), row.payoutTotalAsset()),
                                money(row.payoutReceivedAmount(), row.payoutReceivedAsset())),
                        Optional.ofNullable(row.txHash()).map(TransactionHash::new));
            case PIX_PAYOUT:
                return new PixPayoutDetails(new PixPayoutTerms(money(row.pixAmount(), row.pixAsset()),
                        row.pixCountry(), new PixKey(PixAccountType.valueOf(row.pixAccountType()), row.pixKey())));
            case CRYPTO_EXCHANGE:
                return exchange(row);
            default:
                throw new IllegalStateException("unknown order kind " + kind);
        }
    }

    private static CardPaymentDetails card(OrderRow row) {
        Money charged = money(row.cardChargedAmount(), row.cardChargedAsset());
        BigDecimal requested = new BigDecimal(row.cardRequestedAmount());
        BigDecimal roundedOff = requested.subtract(charged.amount());
        Optional<CardRedirect> redirect = row.cardRedirectPage() == null && row.cardRedirectUrl() == null
                ? Optional.empty()
                : Optional.of(new CardRedirect(Optional.ofNullable(row.cardRedirectPage()),
                        Optional.ofNullable(row.cardRedirectUrl())));
        return new CardPaymentDetails(MaskedPan.parse(row.maskedPan()),
                new RoundedCardAmount(charged, requested, roundedOff, roundedOff.signum() != 0),
                redirect, Optional.ofNullable(row.ccStorageId()));
    }

    private static ExchangeDetails exchange(OrderRow row) {
        Optional<ExchangeResult> result = row.exchangeRate() == null ? Optional.empty()
                : Optional.of(new ExchangeResult(asset(row.exchangeTargetAsset()),
                        money(row.exchangeTargetAmount(), row.exchangeTargetAsset()),
                        new ExchangeRate(new BigDecimal(row.exchangeRate())),
                        money(row.exchangeFeeAmount(), row.exchangeFeeAsset())));
        return new ExchangeDetails(money(row.exchangeSourceAmount(), row.exchangeSourceAsset()),
                asset(row.reportingAsset()), result);
    }
}
