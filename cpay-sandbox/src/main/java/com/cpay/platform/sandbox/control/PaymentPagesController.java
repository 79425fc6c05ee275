package com.cpay.platform.sandbox.control;

import com.cpay.platform.sandbox.config.BaseUrl;
import com.cpay.platform.sandbox.lifecycle.Lifecycle;
import com.cpay.platform.sandbox.pages.PaymentPages;
import com.cpay.platform.sandbox.state.Order;
import com.cpay.platform.sandbox.state.OrderKind;
import com.cpay.platform.sandbox.state.OrderStatus;
import com.cpay.platform.sandbox.state.SandboxState;
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

    private final SandboxState state;
    private final Lifecycle lifecycle;
    private final BaseUrl baseUrl;

    PaymentPagesController(SandboxState state, Lifecycle lifecycle, BaseUrl baseUrl) {
        this.state = state;
        this.lifecycle = lifecycle;
        this.baseUrl = baseUrl;
    }

    @Get("/3ds/{orderId}")
    HttpResponse<String> challenge(@PathVariable String orderId) {
        return state.find(orderId).filter(Order::isAwaiting3ds)
                .<HttpResponse<String>>map(order -> HttpResponse.ok(PaymentPages.threeDsChallenge(baseUrl.current(), order)))
                .orElseGet(() -> notWaiting(orderId));
    }

    /** outcome=authenticate completes the 3DS check (PROCESSING, then COMPLETED); anything else closes the order. */
    @Post("/3ds/{orderId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> authenticate(@PathVariable String orderId, @Nullable @Body Map<String, String> form) {
        Optional<Order> order = state.find(orderId).filter(Order::isAwaiting3ds);
        if (order.isEmpty()) {
            return notWaiting(orderId);
        }
        boolean passed = form != null && "authenticate".equals(form.get("outcome"));
        Order moved = lifecycle.move(orderId, passed ? OrderStatus.PROCESSING : OrderStatus.CLOSED,
                passed ? "3DS authenticated" : "3DS failed", true, o -> o.awaiting3ds(false)).orElse(order.get());
        return HttpResponse.ok(PaymentPages.jumpTo(passed ? moved.getSuccessUrl() : moved.getFailUrl(), orderId,
                passed ? "Payment authenticated." : "Payment failed."));
    }

    @Get("/cashier/{orderId}")
    HttpResponse<String> cashier(@PathVariable String orderId) {
        return state.find(orderId)
                .<HttpResponse<String>>map(order -> HttpResponse.ok(PaymentPages.cashier(baseUrl.current(), order, address(order))))
                .orElseGet(() -> HttpResponse.<String>notFound().body(PaymentPages.message("Not found", "Order " + orderId + " not found.")));
    }

    /** outcome=pay: the payer paid (PROCESSING, then COMPLETED); anything else: CLOSED. Only while PENDING. */
    @Post("/cashier/{orderId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> pay(@PathVariable String orderId, @Nullable @Body Map<String, String> form) {
        Optional<Order> order = state.find(orderId).filter(o -> o.getStatus() == OrderStatus.PENDING);
        if (order.isEmpty()) {
            return HttpResponse.<String>badRequest().body(PaymentPages.message("Not payable", "Order " + orderId + " is not waiting for payment."));
        }
        boolean paid = form != null && "pay".equals(form.get("outcome"));
        Order moved = lifecycle.move(orderId, paid ? OrderStatus.PROCESSING : OrderStatus.CLOSED,
                paid ? "paid on the cashier page" : "failed on the cashier page", true, o -> { }).orElse(order.get());
        return HttpResponse.ok(PaymentPages.jumpTo(paid ? moved.getSuccessUrl() : moved.getFailUrl(), orderId,
                paid ? "Payment received." : "Payment failed."));
    }

    private String address(Order order) {
        if (order.getKind() != OrderKind.CRYPTO_DEPOSIT) {
            return null;
        }
        return state.wallet(order.getMerchantId(), order.getUserId()).stream()
                .filter(w -> w.network().equals(order.getNetwork())).map(w -> w.address()).findFirst().orElse(null);
    }

    private static HttpResponse<String> notWaiting(String orderId) {
        return HttpResponse.<String>badRequest().body(PaymentPages.message("3-D Secure",
                "Order " + orderId + " is not waiting for a 3-D Secure check."));
    }
}
