package com.cpay.platform.app.api;

import com.cpay.platform.app.generated.api.OrdersApi;
import com.cpay.platform.app.generated.model.Order;
import com.cpay.platform.app.generated.model.OrderKind;
import com.cpay.platform.app.generated.model.OrderPage;
import com.cpay.platform.app.generated.model.OrderStatus;
import com.cpay.platform.app.idempotency.IdempotentCalls;
import com.cpay.platform.domain.order.query.GetOrderUseCase;
import com.cpay.platform.domain.order.query.ListOrdersUseCase;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase;
import com.cpay.platform.domain.payout.ResubmitOrderUseCase;
import com.cpay.platform.app.generated.model.ResubmitRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violation;
import com.cpay.platform.domain.order.OrderCursor;
import com.cpay.platform.app.error.MalformedRequestException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The orders the platform keeps: one ({@link GetOrderUseCase}), a page ({@link ListOrdersUseCase}), asking C-Pay
 * about one now ({@link ReconcileOrderUseCase}), and an operator's resubmission of a money-out order
 * ({@link ResubmitOrderUseCase}).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class OrdersController implements OrdersApi {

    private static final Logger LOG = LoggerFactory.getLogger(OrdersController.class);

    private final GetOrderUseCase getOrder;
    private final ListOrdersUseCase listOrders;
    private final ReconcileOrderUseCase reconcile;
    private final ResubmitOrderUseCase resubmit;
    private final Commands commands;
    private final IdempotentCalls calls;

    OrdersController(GetOrderUseCase getOrder, ListOrdersUseCase listOrders, ReconcileOrderUseCase reconcile,
                     ResubmitOrderUseCase resubmit, Commands commands, IdempotentCalls calls) {
        this.getOrder = getOrder;
        this.listOrders = listOrders;
        this.reconcile = reconcile;
        this.resubmit = resubmit;
        this.commands = commands;
        this.calls = calls;
    }

    @Override
    public HttpResponse<Order> getOrder(String merchantTradeNo) {
        return HttpResponse.ok(load(merchantTradeNo));
    }

    @Override
    public HttpResponse<OrderPage> listOrders(OrderStatus status, OrderKind kind, String userId,
                                              ZonedDateTime createdFrom, ZonedDateTime createdTo, Boolean needsReview,
                                              ZonedDateTime updatedSince, String cpayOrderId, String hash,
                                              String cursor, Integer limit) {
        // a Boolean query value is bound leniently ("maybe" would filter as if absent): read it as written
        Optional<Boolean> review = strictBoolean("needsReview", needsReview);
        ListOrdersUseCase.Query query;
        try {
            query = new ListOrdersUseCase.Query(
                Optional.ofNullable(status).map(s -> com.cpay.platform.domain.order.OrderStatus.valueOf(s.name())),
                Optional.ofNullable(kind).map(k -> com.cpay.platform.domain.order.OrderKind.valueOf(k.name())),
                Optional.ofNullable(userId).map(id -> UserId.of("userId", id)),
                Optional.ofNullable(createdFrom).map(ZonedDateTime::toInstant),
                Optional.ofNullable(createdTo).map(ZonedDateTime::toInstant),
                Optional.ofNullable(cursor), Optional.ofNullable(limit), review,
                Optional.empty(), Optional.ofNullable(updatedSince).map(ZonedDateTime::toInstant),
                Optional.ofNullable(cpayOrderId).map(id -> CpayOrderId.of("cpayOrderId", id)),
                Optional.ofNullable(hash).map(h -> TransactionHash.of("hash", h)));
        } catch (ValidationException e) {
            // a cursor this service did not issue does not match the API description: 400, not 422
            if (e.has(OrderCursor.FIELD, "pattern")) {
                throw new MalformedRequestException(e.violations());
            }
            throw e;
        }
        return HttpResponse.ok(Views.page(listOrders.listOrders(query)));
    }

    @Override
    public HttpResponse<Order> refreshOrder(String merchantTradeNo, String idempotencyKey) {
        var request = ServerRequestContext.currentRequest().orElseThrow();
        return calls.run(request, idempotencyKey, null, () -> {
            var result = reconcile.reconcile(new ReconcileOrderUseCase.Command(
                    MerchantTradeNo.of(MerchantTradeNo.FIELD, merchantTradeNo)));
            return calls.json(HttpStatus.OK, Views.order(result.order()));
        });
    }

    @Override
    public HttpResponse<Order> resubmitOrder(String merchantTradeNo, String idempotencyKey, ResubmitRequest body) {
        var request = ServerRequestContext.currentRequest().orElseThrow();
        // a resubmit sends money out: a retry that takes over a dead one answers from the order, never sends again
        Optional<MerchantTradeNo> order = OrderAnswers.valid(merchantTradeNo);
        return calls.runForOrder(request, idempotencyKey, body, order,
                tradeNo -> Optional.of(calls.json(HttpStatus.OK, load(merchantTradeNo))), tradeNo -> {
            var result = resubmit.resubmit(commands.resubmit(merchantTradeNo, body));
            LOG.warn("order {} resubmitted by an operator: {}", result.order().merchantTradeNo(), result.outcome());
            return calls.json(HttpStatus.OK, Views.order(result.order()));
        });
    }

    /** The query parameter exactly as sent: absent, {@code true} or {@code false}; anything else is 400. */
    private static Optional<Boolean> strictBoolean(String name, Boolean bound) {
        Optional<String> given = ServerRequestContext.currentRequest()
                .flatMap(request -> request.getParameters().getFirst(name));
        if (given.isEmpty()) {
            return Optional.ofNullable(bound);
        }
        return switch (given.get()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw new MalformedRequestException(List.of(new Violation(name, "type",
                    name + " must be true or false")));
        };
    }

    private Order load(String merchantTradeNo) {
        return Views.order(getOrder.getOrder(GetOrderUseCase.Query.of(MerchantTradeNo.of(MerchantTradeNo.FIELD,
                merchantTradeNo))).order());
    }
}
