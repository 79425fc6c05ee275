package com.cpay.platform.app.api;

import com.cpay.platform.app.generated.api.CardPaymentsApi;
import com.cpay.platform.app.generated.model.CardPaymentResult;
import com.cpay.platform.app.generated.model.CreateCardPaymentRequest;
import com.cpay.platform.app.idempotency.IdempotentCalls;
import com.cpay.platform.domain.card.PayByCardDirectUseCase;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violation;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Direct card payments (3DS): {@link PayByCardDirectUseCase}. The card data goes from the request model to the
 * domain's {@code CardData} and on to C-Pay; it is in no answer, stored response, problem or log line.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CardPaymentsController implements CardPaymentsApi {

    private final PayByCardDirectUseCase payByCardDirect;
    private final Commands commands;
    private final OrderAnswers answers;
    private final IdempotentCalls calls;

    CardPaymentsController(PayByCardDirectUseCase payByCardDirect, Commands commands, OrderAnswers answers,
                           IdempotentCalls calls) {
        this.payByCardDirect = payByCardDirect;
        this.commands = commands;
        this.answers = answers;
        this.calls = calls;
    }

    @Override
    public HttpResponse<CardPaymentResult> createCardPayment(String idempotencyKey, CreateCardPaymentRequest body) {
        var request = ServerRequestContext.currentRequest().orElseThrow();
        return calls.runForOrder(request, idempotencyKey, body, answers.orderFor(body.getMerchantTradeNo()),
                tradeNo -> answers.recorded(request, tradeNo, this::created), tradeNo -> {
            var call = commands.cardPayment(body, tradeNo, payByCardDirect);
            return answers.create(request, call.merchantTradeNo(), () -> pay(call), this::created);
        });
    }

    /** 201 with the payment as stored: where the holder goes next, and the payment's address. */
    private MutableHttpResponse<String> created(OrderSnapshot order) {
        return calls.json(HttpStatus.CREATED, Views.cardPayment(order))
                .header("Location", OrderAnswers.location(order.merchantTradeNo()));
    }

    // the use case names the expiry "expDate"; in this API it is inside "card"
    private OrderSubmitted pay(Commands.OrderCall call) {
        try {
            return call.submit().get();
        } catch (ValidationException e) {
            throw new ValidationException(e.violations().stream().map(v -> v.field().equals("expDate")
                    ? new Violation("card.expDate", v.rule(), v.message()) : v).toList());
        }
    }
}
