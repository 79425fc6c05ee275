package com.cpay.platform.app.api;

import com.cpay.platform.app.error.Problem;
import com.cpay.platform.app.error.ProblemType;
import com.cpay.platform.app.error.Problems;
import com.cpay.platform.app.idempotency.IdempotentCalls;
import com.cpay.platform.domain.order.CpayRejection;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.query.GetOrderUseCase;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.ValidationException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The answer to a call that created an order: 201 with the order as the use case stored it when C-Pay took it;
 * otherwise the problem the submission outcome stands for
 * (502 C-Pay refused, the order is closed; 503 with {@code outcomeUnknown}); 409 when the merchantTradeNo is taken.
 */
@Singleton
class OrderAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(OrderAnswers.class);

    private final GetOrderUseCase getOrder;
    private final IdGenerator ids;
    private final IdempotentCalls calls;
    private final Problems problems;
    private final ReconcileOrderUseCase reconcile;

    OrderAnswers(GetOrderUseCase getOrder, IdempotentCalls calls, Problems problems, IdGenerator ids,
                 ReconcileOrderUseCase reconcile) {
        this.ids = ids;
        this.reconcile = reconcile;
        this.getOrder = getOrder;
        this.calls = calls;
        this.problems = problems;
    }

    /**
     * The order number to claim with the Idempotency-Key before the call runs: the caller's, or a new one the call
     * will use. Empty when the caller's is not a valid number (the call then refuses it with the other problems).
     */
    Optional<MerchantTradeNo> orderFor(String given) {
        return given == null ? Optional.of(ids.newMerchantTradeNo()) : valid(given);
    }

    /** The number, when it is a valid merchantTradeNo. */
    static Optional<MerchantTradeNo> valid(String text) {
        try {
            return Optional.of(new MerchantTradeNo(text));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs an order-creating use case and answers for it.
     *
     * @param given    the caller's merchantTradeNo, if any (named in a 409)
     * @param useCase  the call
     * @param accepted the 201 answer from the stored order when C-Pay took it; by default the order itself
     */
    MutableHttpResponse<String> create(HttpRequest<?> request, Optional<MerchantTradeNo> given,
                                       Supplier<OrderSubmitted> useCase,
                                       Function<OrderSnapshot, MutableHttpResponse<String>> accepted) {
        OrderSubmitted result;
        try {
            result = useCase.get();
        } catch (ConflictException e) {
            return problems.response(Problem.of(ProblemType.MERCHANT_TRADE_NO_TAKEN)
                    .detail("Another order already has this merchantTradeNo.").instance(request.getPath())
                    .put("merchantTradeNo", given.map(MerchantTradeNo::value).orElse(null)));
        }
        MerchantTradeNo number = result.order().merchantTradeNo();
        SubmissionOutcome done = result.outcome();
        if (done instanceof SubmissionOutcome.Rejected rejected) {
            rejected.traceId().ifPresent(id -> MDC.put(Problems.CPAY_TRACE_ID, id));
            try {
                LOG.warn("C-Pay refused order {} ({} {}): code {}", number, request.getMethodName(),
                        request.getPath(), rejected.code());
            } finally {
                MDC.remove(Problems.CPAY_TRACE_ID);
            }
            return rejected(request, number, rejected.code(), rejected.message().orElse(null),
                    rejected.traceId().orElse(null));
        }
        if (done instanceof SubmissionOutcome.Unconfirmed unconfirmed) {
            LOG.warn("order {} sent to C-Pay without a usable answer; outcome unknown, not re-sent: {}", number,
                    unconfirmed.reason());
            return unconfirmed(request, number);
        }
        if (done instanceof SubmissionOutcome.NotSent notSent) {
            LOG.warn("order {} never reached C-Pay; closed: {}", number, notSent.reason());
            MutableHttpResponse<String> answer = notSent(request, number);
            // paused on our side (the breaker opened after this request passed CpayPauseFilter): say when to retry
            notSent.retryAfter().ifPresent(wait ->
                    answer.header(HttpHeaders.RETRY_AFTER, Long.toString(Problems.retryAfterSeconds(wait))));
            return answer;
        }
        return accepted.apply(result.order());
    }

    /**
     * The answer the creating request should have given, read from the order as it is now recorded: for a retry
     * that took over the key of a call that died or ended in a server error. Nothing is sent to C-Pay: an order
     * whose create answer was lost is reported with its outcome unknown, and reconciliation looks it up (money out
     * is never re-sent, docs/decisions.md, decision 25).
     *
     * @param accepted the 201 answer for an order C-Pay took, from the recorded order
     * @return empty when there is no such order: the first call never created it, so it may run again
     */
    Optional<MutableHttpResponse<String>> recorded(HttpRequest<?> request, MerchantTradeNo tradeNo,
                                                   Function<OrderSnapshot, MutableHttpResponse<String>> accepted) {
        Optional<OrderSnapshot> found = read(tradeNo);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OrderSnapshot order = found.get();
        if (order.status() == OrderStatus.PENDING && order.cpayOrderId().isEmpty()
                && order.outcomeUnknown().isEmpty()) {
            order = askCpay(tradeNo).orElse(order);
        }
        if (order.rejection().isPresent()) {
            CpayRejection refusal = order.rejection().get();
            return Optional.of(rejected(request, tradeNo, refusal.code(), refusal.msg(), refusal.traceId()));
        }
        // C-Pay's id is recorded from its first answer; without it, C-Pay's answer never reached the order
        boolean heardFromCpay = order.cpayOrderId().isPresent();
        if (order.outcomeUnknown().isPresent() || (order.status() == OrderStatus.PENDING && !heardFromCpay)) {
            return Optional.of(unconfirmed(request, tradeNo));
        }
        if (order.status() == OrderStatus.CLOSED && !heardFromCpay) {
            return Optional.of(notSent(request, tradeNo));
        }
        return Optional.of(accepted.apply(order));
    }

    private Optional<OrderSnapshot> read(MerchantTradeNo tradeNo) {
        try {
            return Optional.of(getOrder.getOrder(GetOrderUseCase.Query.of(tradeNo)).order());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The call that created the order died between recording it and recording C-Pay's answer. One lookup settles
     * what C-Pay has; a money-out order it does not show is marked "outcome unknown" now, so that it is looked up,
     * reviewed and resubmittable like any other lost answer instead of waiting out reconciliation's grace period.
     *
     * @return the order as the lookup stored it; empty when the lookup failed (the order read before stands)
     */
    private Optional<OrderSnapshot> askCpay(MerchantTradeNo tradeNo) {
        try {
            return Optional.of(reconcile.reconcile(new ReconcileOrderUseCase.Command(tradeNo, true)).order());
        } catch (RuntimeException e) {
            LOG.warn("Lookup of order {} after a takeover failed ({}); reconciliation looks it up later", tradeNo,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private MutableHttpResponse<String> rejected(HttpRequest<?> request, MerchantTradeNo number, long code,
                                                 String message, String traceId) {
        return problems.response(Problem.of(ProblemType.CPAY_REJECTED)
                .detail("C-Pay answered code " + code + "; the order is closed.")
                .instance(request.getPath()).put("cpayCode", code)
                .put("cpayMsg", message).put("traceId", traceId)
                .put("merchantTradeNo", number.value()));
    }

    private MutableHttpResponse<String> unconfirmed(HttpRequest<?> request, MerchantTradeNo number) {
        return problems.response(Problem.of(ProblemType.CPAY_UNAVAILABLE)
                .detail("C-Pay did not answer usefully; the order is kept PENDING with its outcome unknown and "
                        + "is not sent again: reconciliation looks it up, and a payout that stays unknown goes "
                        + "to review, where only an explicit resubmit sends it again.")
                .instance(request.getPath()).put("merchantTradeNo", number.value()).put("outcomeUnknown", true));
    }

    private MutableHttpResponse<String> notSent(HttpRequest<?> request, MerchantTradeNo number) {
        return problems.response(Problem.of(ProblemType.CPAY_UNAVAILABLE)
                .detail("The request never reached C-Pay; the order is closed.")
                .instance(request.getPath()).put("merchantTradeNo", number.value()).put("outcomeUnknown", false));
    }

    /** 201 with this order, and its address. */
    MutableHttpResponse<String> createdOrder(OrderSnapshot order) {
        return calls.json(HttpStatus.CREATED, Views.order(order)).header("Location", location(order.merchantTradeNo()));
    }

    static String location(MerchantTradeNo tradeNo) {
        return "/api/v1/orders/" + java.net.URLEncoder.encode(tradeNo.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
