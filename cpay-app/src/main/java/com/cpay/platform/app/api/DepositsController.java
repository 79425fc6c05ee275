package com.cpay.platform.app.api;

import com.cpay.platform.app.generated.api.DepositsApi;
import com.cpay.platform.app.generated.model.CreateDepositRequest;
import com.cpay.platform.app.generated.model.Order;
import com.cpay.platform.app.idempotency.IdempotentCalls;
import com.cpay.platform.domain.deposit.CreateDepositUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Crypto deposits: {@link CreateDepositUseCase}. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class DepositsController implements DepositsApi {

    private final CreateDepositUseCase createDeposit;
    private final Commands commands;
    private final OrderAnswers answers;
    private final IdempotentCalls calls;

    DepositsController(CreateDepositUseCase createDeposit, Commands commands, OrderAnswers answers,
                       IdempotentCalls calls) {
        this.createDeposit = createDeposit;
        this.commands = commands;
        this.answers = answers;
        this.calls = calls;
    }

    @Override
    public HttpResponse<Order> createDeposit(String idempotencyKey, CreateDepositRequest body) {
        var request = ServerRequestContext.currentRequest().orElseThrow();
        return calls.runForOrder(request, idempotencyKey, body, answers.orderFor(body.getMerchantTradeNo()),
                tradeNo -> answers.recorded(request, tradeNo, answers::createdOrder), tradeNo -> {
            var call = commands.deposit(body, tradeNo, createDeposit);
            return answers.create(request, call.merchantTradeNo(), call.submit(), answers::createdOrder);
        });
    }
}
