package com.cpay.platform.app.api;

import com.cpay.platform.app.generated.api.PayoutsApi;
import com.cpay.platform.app.generated.model.CreateCryptoPayoutRequest;
import com.cpay.platform.app.generated.model.CreatePixPayoutRequest;
import com.cpay.platform.app.generated.model.Order;
import com.cpay.platform.app.idempotency.IdempotentCalls;
import com.cpay.platform.domain.payout.RequestCryptoPayoutUseCase;
import com.cpay.platform.domain.payout.RequestPixPayoutUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Crypto and PIX payouts: {@link RequestCryptoPayoutUseCase}, {@link RequestPixPayoutUseCase}. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PayoutsController implements PayoutsApi {

    private final RequestCryptoPayoutUseCase cryptoPayout;
    private final RequestPixPayoutUseCase pixPayout;
    private final Commands commands;
    private final OrderAnswers answers;
    private final IdempotentCalls calls;

    PayoutsController(RequestCryptoPayoutUseCase cryptoPayout, RequestPixPayoutUseCase pixPayout, Commands commands,
                      OrderAnswers answers, IdempotentCalls calls) {
        this.cryptoPayout = cryptoPayout;
        this.pixPayout = pixPayout;
        this.commands = commands;
        this.answers = answers;
        this.calls = calls;
    }

    @Override
    public HttpResponse<Order> createCryptoPayout(String idempotencyKey, CreateCryptoPayoutRequest body) {
        var request = ServerRequestContext.currentRequest().orElseThrow();
        return calls.runForOrder(request, idempotencyKey, body, answers.orderFor(body.getMerchantTradeNo()),
                tradeNo -> answers.recorded(request, tradeNo, answers::createdOrder), tradeNo -> {
            var call = commands.cryptoPayout(body, tradeNo, cryptoPayout);
            return answers.create(request, call.merchantTradeNo(), call.submit(), answers::createdOrder);
        });
    }

    @Override
    public HttpResponse<Order> createPixPayout(String idempotencyKey, CreatePixPayoutRequest body) {
        var request = ServerRequestContext.currentRequest().orElseThrow();
        return calls.runForOrder(request, idempotencyKey, body, answers.orderFor(body.getMerchantTradeNo()),
                tradeNo -> answers.recorded(request, tradeNo, answers::createdOrder), tradeNo -> {
            var call = commands.pixPayout(body, tradeNo, pixPayout);
            return answers.create(request, call.merchantTradeNo(), call.submit(), answers::createdOrder);
        });
    }
}
