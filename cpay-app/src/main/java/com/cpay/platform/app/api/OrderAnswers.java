package com.cpay.platform.app.api;

import com.cpay.platform.app.error.Problem;
import com.cpay.platform.app.error.ProblemType;
import com.cpay.platform.app.error.Problems;
import com.cpay.platform.app.idempotency.IdempotentCalls;
import com.cpay.platform.domain.port.in.GetOrderQuery;
import com.cpay.platform.domain.port.in.GetOrderUseCase;
import com.cpay.platform.domain.port.in.SubmissionOutcome;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The answer to a call that created an order: 201 with the order as recorded (read back through
 * {@link GetOrderUseCase}) when C-Pay took it; otherwise the problem the submission outcome stands for
 * (502 C-Pay refused, the order is closed; 503 with {@code outcomeUnknown}); 409 when the merchantTradeNo is taken.
 */
@Singleton
class OrderAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(OrderAnswers.class);

    private final GetOrderUseCase getOrder;
    private final IdempotentCalls calls;
    private final Problems problems;

    OrderAnswers(GetOrderUseCase getOrder, IdempotentCalls calls, Problems problems) {
        this.getOrder = getOrder;
        this.calls = calls;
        this.problems = problems;
    }

    /**
     * Runs an order-creating use case and answers for it.
     *
     * @param given    the caller's merchantTradeNo, if any (named in a 409)
     * @param useCase  the call
     * @param tradeNo  the order number of its result
     * @param outcome  what C-Pay did, from its result
     * @param accepted the 201 answer when C-Pay took the order; by default the order itself
     */
    <R> MutableHttpResponse<String> create(HttpRequest<?> request, Optional<MerchantTradeNo> given,
                                           Supplier<R> useCase, Function<R, MerchantTradeNo> tradeNo,
                                           Function<R, SubmissionOutcome> outcome,
                                           Function<R, MutableHttpResponse<String>> accepted) {
        R result;
        try {
            result = useCase.get();
        } catch (ConflictException e) {
            return problems.response(Problem.of(ProblemType.MERCHANT_TRADE_NO_TAKEN)
                    .detail("Another order already has this merchantTradeNo.").instance(request.getPath())
                    .put("merchantTradeNo", given.map(MerchantTradeNo::value).orElse(null)));
        }
        MerchantTradeNo number = tradeNo.apply(result);
        SubmissionOutcome done = outcome.apply(result);
        if (done instanceof SubmissionOutcome.Rejected rejected) {
            rejected.traceId().ifPresent(id -> MDC.put(Problems.CPAY_TRACE_ID, id));
            try {
                LOG.warn("C-Pay refused order {} ({} {}): code {}", number, request.getMethodName(),
                        request.getPath(), rejected.code());
            } finally {
                MDC.remove(Problems.CPAY_TRACE_ID);
            }
            return problems.response(Problem.of(ProblemType.CPAY_REJECTED)
                    .detail("C-Pay answered code " + rejected.code() + "; the order is closed.")
                    .instance(request.getPath()).put("cpayCode", rejected.code())
                    .put("cpayMsg", rejected.message().orElse(null)).put("traceId", rejected.traceId().orElse(null))
                    .put("merchantTradeNo", number.value()));
        }
        if (done instanceof SubmissionOutcome.Unconfirmed unconfirmed) {
            LOG.warn("order {} sent to C-Pay without a usable answer; outcome unknown, not re-sent: {}", number,
                    unconfirmed.reason());
            return problems.response(Problem.of(ProblemType.CPAY_UNAVAILABLE)
                    .detail("C-Pay did not answer usefully; the order is kept PENDING with its outcome unknown and "
                            + "is not sent again: reconciliation looks it up, and a payout that stays unknown goes "
                            + "to review, where only an explicit resubmit sends it again.")
                    .instance(request.getPath()).put("merchantTradeNo", number.value()).put("outcomeUnknown", true));
        }
        if (done instanceof SubmissionOutcome.NotSent notSent) {
            LOG.warn("order {} never reached C-Pay; closed: {}", number, notSent.reason());
            return problems.response(Problem.of(ProblemType.CPAY_UNAVAILABLE)
                    .detail("The request never reached C-Pay; the order is closed.")
                    .instance(request.getPath()).put("merchantTradeNo", number.value()).put("outcomeUnknown", false));
        }
        return accepted.apply(result);
    }

    /** 201 with the order as now recorded, and its address. */
    MutableHttpResponse<String> createdOrder(MerchantTradeNo tradeNo) {
        return calls.json(HttpStatus.CREATED, Views.order(getOrder.getOrder(GetOrderQuery.of(tradeNo)).order()))
                .header("Location", location(tradeNo));
    }

    static String location(MerchantTradeNo tradeNo) {
        return "/api/v1/orders/" + java.net.URLEncoder.encode(tradeNo.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
