package com.cpay.platform.domain.order.lifecycle;

import com.cpay.platform.domain.order.CpayRejection;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The one flow of every order-creating use case: record the order PENDING, call C-Pay once, then record the
 * answer, close the order keeping C-Pay's refusal on a rejection, close it when the request provably never arrived,
 * and mark it "outcome unknown" (still PENDING, looked up by reconciliation) when the answer was lost or unreadable
 * (docs/decisions.md, decision 25).
 */
public final class OrderSubmission {

    private final SaveOrderPort save;
    private final OrderChanges changes;
    private final IdGenerator ids;
    private final Clock clock;

    public OrderSubmission(LoadOrderPort load, SaveOrderPort save, IdGenerator ids, Clock clock) {
        this.save = Objects.requireNonNull(save, "save");
        this.changes = new OrderChanges(load, save);
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The order asked for, opened under the caller's merchantTradeNo or a new one, created now; not yet stored. */
    public Order open(NewOrder<?> order) {
        return Order.open(tradeNo(order.merchantTradeNo()), order, now());
    }

    /** The caller's merchantTradeNo, or a new one. */
    public MerchantTradeNo tradeNo(Optional<MerchantTradeNo> given) {
        return given.orElseGet(ids::newMerchantTradeNo);
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Stores the new order, calls C-Pay, and records what happened.
     *
     * @param order    the new order, PENDING
     * @param call     the single call to C-Pay
     * @param onAnswer records C-Pay's answer on an order (the stored one, or a fresh read after a race) and
     *                 returns the order to store
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is taken
     */
    public <A> Submitted<A> submit(Order order, Supplier<A> call, BiFunction<Order, A, Order> onAnswer) {
        Order stored = save.insert(order);
        A answer;
        try {
            answer = call.get();
        } catch (GatewayRejectedException e) {
            CpayRejection rejection = CpayRejection.of(e, now());
            Order closed = changes.change(stored, o -> reject(o, rejection));
            return new Submitted<>(closed, Optional.empty(),
                    new SubmissionOutcome.Rejected(e.code(), e.gatewayMessage(), e.traceId()));
        } catch (GatewayUnavailableException e) {
            if (e.outcomeUnknown()) {
                Instant now = now();
                Order unknown = changes.change(stored, o -> {
                    o.markOutcomeUnknown(e.getMessage(), EventSource.CREATE_RESPONSE, now, LookupSchedule.first(now));
                    return o;
                });
                return new Submitted<>(unknown, Optional.empty(), new SubmissionOutcome.Unconfirmed(e.getMessage()));
            }
            Order closed = changes.change(stored, o -> close(o));
            return new Submitted<>(closed, Optional.empty(), new SubmissionOutcome.NotSent(e.getMessage(),
                    e.retryAfter()));
        }
        Order saved = changes.change(stored, o -> onAnswer.apply(o, answer));
        return new Submitted<>(saved, Optional.of(answer), new SubmissionOutcome.Accepted());
    }

    /**
     * Records the id, status and amounts of a create answer. Without a status only the id is recorded: a
     * status C-Pay did not send is never invented.
     */
    public Order recordAnswer(Order order, Optional<CpayOrderId> id, Optional<StatusCode> status, ReportedAmounts amounts) {
        Instant now = now();
        if (status.isPresent()) {
            order.apply(new StatusEvent(status.get(), amounts, id, Optional.empty(), EventSource.CREATE_RESPONSE, now));
        } else {
            id.ifPresent(value -> order.assignCpayOrderId(value, now));
        }
        return order;
    }

    /**
     * Keeps C-Pay's refusal on the order. On a fresh read after a lost save, the order may have heard from
     * C-Pay since (terminal, or an id): then the refusal is only a CLOSED report the state machine judges.
     */
    private Order reject(Order order, CpayRejection rejection) {
        if (!order.canRecordRejection()) {
            return close(order);
        }
        order.recordRejection(rejection);
        return order;
    }

    private Order close(Order order) {
        order.apply(StatusEvent.of(OrderStatus.CLOSED, EventSource.CREATE_RESPONSE, now()));
        return order;
    }
}
