package com.cpay.platform.sandbox.control;

import com.cpay.platform.sandbox.config.BaseUrl;
import com.cpay.platform.sandbox.lifecycle.Lifecycle;
import com.cpay.platform.sandbox.pages.PaymentPages;
import com.cpay.platform.sandbox.state.DepositAddresses;
import com.cpay.platform.sandbox.state.Order;
import com.cpay.platform.sandbox.state.OrderBook;
import com.cpay.platform.sandbox.state.OrderKind;
import com.cpay.platform.sandbox.state.OrderStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Map;
import java.util.Optional;

/**
 * The pages a payer sees: the hosted cashier (cashierURL of createOrder and createOrderByCreditCard) and the
 * 3DS challenge of pwpp. Posting them moves the order now (the automatic lifecycle goes on from there).
 */
@Controller("/sandbox/v1")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PaymentPagesController {

    private final OrderBook orders;
    private final DepositAddresses addresses;
    private final Lifecycle lifecycle;
    private final BaseUrl baseUrl;

    PaymentPagesController(OrderBook orders, DepositAddresses addresses, Lifecycle lifecycle, BaseUrl baseUrl) {
        this.orders = orders;
        this.addresses = addresses;
        this.lifecycle = lifecycle;
        this.baseUrl = baseUrl;
    }

    @Get("/3ds/{orderId}")
    HttpResponse<String> challenge(@PathVariable String orderId) {
        return orders.find(orderId).filter(Order::awaiting3ds)
                .<HttpResponse<String>>map(order -> HttpResponse.ok(PaymentPages.threeDsChallenge(baseUrl.current(), order)))
                .orElseGet(() -> notWaiting(orderId));
    }

    /** outcome=authenticate completes the 3DS check (PROCESSING, then COMPLETED); anything else closes the order. */
    @Post("/3ds/{orderId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> authenticate(@PathVariable String orderId, @Nullable @Body Map<String, String> form) {
        Optional<Order> order = orders.find(orderId).filter(Order::awaiting3ds);
        if (order.isEmpty()) {
            return notWaiting(orderId);
        }
        boolean passed = form != null && "authenticate".equals(form.get("outcome"));
        Order moved = lifecycle.move(orderId, passed ? OrderStatus.PROCESSING : OrderStatus.CLOSED,
                passed ? "3DS authenticated" : "3DS failed", true, o -> o.toBuilder().awaiting3ds(false).build()).orElse(order.get());
        return HttpResponse.ok(PaymentPages.jumpTo(passed ? moved.successUrl() : moved.failUrl(), orderId,
                passed ? "Payment authenticated." : "Payment failed."));
    }

    @Get("/cashier/{orderId}")
    HttpResponse<String> cashier(@PathVariable String orderId) {
        return orders.find(orderId)
                .<HttpResponse<String>>map(order -> HttpResponse.ok(PaymentPages.cashier(baseUrl.current(), order, address(order))))
                .orElseGet(() -> HttpResponse.<String>notFound().body(PaymentPages.message("Not found", "Order " + orderId + " not found.")));
    }

    /** outcome=pay: the payer paid (PROCESSING, then COMPLETED); anything else: CLOSED. Only while PENDING. */
    @Post("/cashier/{orderId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> pay(@PathVariable String orderId, @Nullable @Body Map<String, String> form) {
        Optional<Order> order = orders.find(orderId).filter(o -> o.status() == OrderStatus.PENDING);
        if (order.isEmpty()) {
            return HttpResponse.<String>badRequest().body(PaymentPages.message("Not payable", "Order " + orderId + " is not waiting for payment."));
        }
        boolean paid = form != null && "pay".equals(form.get("outcome"));
        Order moved = lifecycle.move(orderId, paid ? OrderStatus.PROCESSING : OrderStatus.CLOSED,
                paid ? "paid on the cashier page" : "failed on the cashier page", true, o -> o).orElse(order.get());
        return HttpResponse.ok(PaymentPages.jumpTo(paid ? moved.successUrl() : moved.failUrl(), orderId,
                paid ? "Payment received." : "Payment failed."));
    }

    private String address(Order order) {
        if (order.kind() != OrderKind.CRYPTO_DEPOSIT) {
            return null;
        }
        return addresses.wallet(order.merchantId(), order.userId()).stream()
                .filter(w -> w.network().equals(order.network())).map(w -> w.address()).findFirst().orElse(null);
    }

    private static HttpResponse<String> notWaiting(String orderId) {
        return HttpResponse.<String>badRequest().body(PaymentPages.message("3-D Secure",
                "Order " + orderId + " is not waiting for a 3-D Secure check."));
    }
}
