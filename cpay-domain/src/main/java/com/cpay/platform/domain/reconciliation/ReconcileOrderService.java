package com.cpay.platform.domain.reconciliation;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.order.lifecycle.LookupSchedule;
import com.cpay.platform.domain.order.lifecycle.OrderChanges;
import com.cpay.platform.domain.order.lifecycle.StatusReports;
import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase.Result.Finding;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.TransactionHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks C-Pay where an order stands (getOrderDetail) and applies the answer through the order's state machine,
 * redoing the change on a fresh read when the order changed meanwhile. C-Pay is asked once per call.
 *
 * <p>When C-Pay does not show the order, only a money-in order (deposit, hosted card page) is closed, once it is
 * older than the grace period. A money-out order is never closed here (docs/decisions.md, decision 25): code 1 from
 * getOrderDetail is not proof that C-Pay lacks it, so its outcome stays unknown, it is looked up again on the
 * {@link LookupSchedule}, and it goes to review when the lookups are used up.
 */
@Service
public final class ReconcileOrderService implements ReconcileOrderUseCase {

    /** How long C-Pay may not know an order before we conclude the request never arrived. */
    public static final Duration DEFAULT_GRACE = Duration.ofHours(1);

    private final CpayOrderQueryGateway gateway;
    private final LoadOrderPort load;
    private final OrderChanges changes;
    private final Clock clock;
    private final Duration grace;

    public ReconcileOrderService(CpayOrderQueryGateway gateway, LoadOrderPort load, SaveOrderPort save, Clock clock) {
        this(gateway, load, save, clock, DEFAULT_GRACE);
    }

    public ReconcileOrderService(CpayOrderQueryGateway gateway, LoadOrderPort load, SaveOrderPort save, Clock clock,
                                 Duration grace) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.load = Objects.requireNonNull(load, "load");
        this.changes = new OrderChanges(load, save);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.grace = Objects.requireNonNull(grace, "grace");
    }

    @Override
    public ReconcileOrderUseCase.Result reconcile(ReconcileOrderUseCase.Command command) {
        Objects.requireNonNull(command, "command");
        // read whole: the result is the order a caller is answered with (a refresh, a retry's answer), and an order
        // read with its last entry only would show a cut history; the job reconciles leased orders without it
        Order order = load.findByMerchantTradeNo(command.merchantTradeNo(), HistoryRead.FULL)
                .orElseThrow(() -> new NotFoundException("no order " + command.merchantTradeNo()));
        return reconcile(order, command.creatorGone());
    }

    /** Reconciles an order already read (e.g. leased by the reconciliation job). */
    ReconcileOrderUseCase.Result reconcile(Order order) {
        return reconcile(order, false);
    }

    private ReconcileOrderUseCase.Result reconcile(Order order, boolean creatorGone) {
        Instant now = clock.instant();
        OrderStatus before = order.status();
        Optional<OrderReport> report = gateway.findOrder(lookupFor(order));
        if (report.isPresent()) {
            AtomicReference<OutcomeKind> outcome = new AtomicReference<>();
            Order saved = changes.change(order, current -> {
                StatusReports.Applied applied = StatusReports.apply(current,
                        o -> report.get().toStatusEvent(o.details().reportingAsset(), now),
                        bare(report.get(), now), now);
                outcome.set(applied.outcome().kind());
                return applied.order();
            });
            return result(saved, Finding.REPORTED, Optional.of(outcome.get()), before);
        }
        if (order.cpayOrderId().isPresent()) {
            return result(order, Finding.MISSING_AT_CPAY, Optional.empty(), before);
        }
        if (order.kind().movesMoneyOut()) {
            return awaitEvidence(order, now, before, creatorGone);
        }
        if (creatorGone && !order.status().isTerminal() && order.outcomeUnknown().isEmpty()) {
            return markUnknown(order, now, before);
        }
        boolean neverArrived = !order.status().isTerminal() && order.requestedAmount().isPresent()
                && !order.createdAt().plus(grace).isAfter(now);
        if (!neverArrived) {
            return result(order, Finding.NOT_AT_CPAY_YET, Optional.empty(), before);
        }
        Order closed = changes.change(order, current -> {
            if (!current.status().isTerminal()) {
                current.apply(StatusEvent.of(OrderStatus.CLOSED, EventSource.ORDER_QUERY, now));
            }
            return current;
        });
        return result(closed, Finding.CLOSED_NEVER_ARRIVED, Optional.of(OutcomeKind.APPLIED), before);
    }

    /**
     * A money-in order whose creating call died before C-Pay's answer was recorded, and C-Pay does not show it yet:
     * the retry that took the call over answers "outcome unknown", so the order says so too. Reconciliation then
     * closes it as never arrived once the grace period is over, unless C-Pay reports it first.
     */
    private ReconcileOrderUseCase.Result markUnknown(Order order, Instant now, OrderStatus before) {
        Order saved = changes.change(order, current -> {
            if (!current.status().isTerminal() && current.cpayOrderId().isEmpty() && current.outcomeUnknown().isEmpty()) {
                current.markOutcomeUnknown("the creating call stopped before C-Pay's answer was recorded and "
                        + "getOrderDetail does not show the order", EventSource.ORDER_QUERY, now, LookupSchedule.first(now));
            }
            return current;
        });
        Finding finding = saved.outcomeUnknown().isPresent() ? Finding.OUTCOME_STILL_UNKNOWN : Finding.NOT_AT_CPAY_YET;
        return result(saved, finding, Optional.empty(), before);
    }

    private ReconcileOrderUseCase.Result awaitEvidence(Order order, Instant now, OrderStatus before, boolean creatorGone) {
        boolean young = !creatorGone && order.outcomeUnknown().isEmpty() && order.createdAt().plus(grace).isAfter(now);
        if (order.status().isTerminal() || young) {
            // a young order without a recorded outcome may still be waiting for its answer
            return result(order, Finding.NOT_AT_CPAY_YET, Optional.empty(), before);
        }
        Order saved = changes.change(order, current -> {
            if (current.status().isTerminal() || current.cpayOrderId().isPresent()) {
                return current; // evidence arrived meanwhile
            }
            if (current.outcomeUnknown().isEmpty()) {
                // sent without any answer recorded, e.g. the process stopped during the call
                current.markOutcomeUnknown("no answer to the creation was recorded and getOrderDetail does not "
                        + "show the order", EventSource.ORDER_QUERY, now, now);
            }
            int lookups = current.outcomeUnknown().orElseThrow().lookups() + 1;
            current.recordInconclusiveLookup(LookupSchedule.after(lookups, now));
            if (LookupSchedule.reviewDue(lookups) && !current.needsReview()) {
                current.flagForReview(ReviewReason.OUTCOME_UNKNOWN, lookups + " getOrderDetail lookups since "
                        + current.outcomeUnknown().orElseThrow().since() + " did not show the order; it was not "
                        + "re-sent. Resubmit it only when C-Pay confirms it does not have it.", now);
            }
            return current;
        });
        boolean stillOpen = saved.outcomeUnknown().isPresent();
        Finding finding = !stillOpen ? Finding.NOT_AT_CPAY_YET
                : saved.needsReview() ? Finding.SENT_TO_REVIEW : Finding.OUTCOME_STILL_UNKNOWN;
        return result(saved, finding, Optional.empty(), before);
    }

    private static StatusEvent bare(OrderReport report, Instant now) {
        return new StatusEvent(report.status(), ReportedAmounts.none(), report.cpayOrderId(), report.hash(),
                EventSource.ORDER_QUERY, now);
    }

    private static OrderLookup lookupFor(Order order) {
        if (order.cpayOrderId().isPresent()) {
            return OrderLookup.of(order.cpayOrderId().get());
        }
        return hash(order).map(OrderLookup::of).orElseGet(() -> OrderLookup.of(order.merchantTradeNo()));
    }

    private static Optional<TransactionHash> hash(Order order) {
        if (order.details() instanceof CryptoDepositDetails deposit) {
            return deposit.hash();
        }
        if (order.details() instanceof CryptoPayoutDetails payout) {
            return payout.hash();
        }
        return Optional.empty();
    }

    private static ReconcileOrderUseCase.Result result(Order order, Finding finding, Optional<OutcomeKind> outcome,
                                               OrderStatus before) {
        return new ReconcileOrderUseCase.Result(order.snapshot(), finding, outcome, before);
    }
}
