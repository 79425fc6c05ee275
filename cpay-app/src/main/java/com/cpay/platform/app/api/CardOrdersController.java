package com.cpay.platform.app.api;

import com.cpay.platform.app.generated.api.CardOrdersApi;
import com.cpay.platform.app.generated.model.CreateCardOrderRequest;
import com.cpay.platform.app.generated.model.Order;
import com.cpay.platform.app.idempotency.IdempotentCalls;
import com.cpay.platform.domain.card.PayByCardHostedUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Card payments on C-Pay's hosted page: {@link PayByCardHostedUseCase}. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CardOrdersController implements CardOrdersApi {

    private final PayByCardHostedUseCase payByCardHosted;
    private final Commands commands;
    private final OrderAnswers answers;
    private final IdempotentCalls calls;

    CardOrdersController(PayByCardHostedUseCase payByCardHosted, Commands commands, OrderAnswers answers,
                         IdempotentCalls calls) {
        this.payByCardHosted = payByCardHosted;
        this.commands = commands;
        this.answers = answers;
        this.calls = calls;
    }

    @Override
    public HttpResponse<Order> createCardOrder(String idempotencyKey, CreateCardOrderRequest body) {
        var request = ServerRequestContext.currentRequest().orElseThrow();
        return calls.runForOrder(request, idempotencyKey, body, answers.orderFor(body.getMerchantTradeNo()),
                tradeNo -> answers.recorded(request, tradeNo, answers::createdOrder), tradeNo -> {
            var call = commands.cardOrder(body, tradeNo, payByCardHosted);
            return answers.create(request, call.merchantTradeNo(), call.submit(), answers::createdOrder);
        });
    }
}
