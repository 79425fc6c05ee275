package com.cpay.platform.app.api;

import com.cpay.platform.app.generated.api.ExchangesApi;
import com.cpay.platform.app.generated.model.CreateExchangeRequest;
import com.cpay.platform.app.generated.model.Order;
import com.cpay.platform.app.idempotency.IdempotentCalls;
import com.cpay.platform.domain.exchange.ExchangeUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Exchanges: {@link ExchangeUseCase}. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ExchangesController implements ExchangesApi {

    private final ExchangeUseCase exchange;
    private final Commands commands;
    private final OrderAnswers answers;
    private final IdempotentCalls calls;

    ExchangesController(ExchangeUseCase exchange, Commands commands, OrderAnswers answers, IdempotentCalls calls) {
        this.exchange = exchange;
        this.commands = commands;
        this.answers = answers;
        this.calls = calls;
    }

    @Override
    public HttpResponse<Order> createExchange(String idempotencyKey, CreateExchangeRequest body) {
        var request = ServerRequestContext.currentRequest().orElseThrow();
        return calls.runForOrder(request, idempotencyKey, body, answers.orderFor(body.getMerchantTradeNo()),
                tradeNo -> answers.recorded(request, tradeNo, answers::createdOrder), tradeNo -> {
            var call = commands.exchange(body, tradeNo, exchange);
            return answers.create(request, call.merchantTradeNo(), call.submit(), answers::createdOrder);
        });
    }
}
