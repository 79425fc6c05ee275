package com.cpay.platform.app.support;

import com.cpay.platform.client.internal.api.OrdersApi;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderStatus;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

/** Waiting for an order through the internal API, as a client would. */
public final class Orders {

    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Orders() {
    }

    /** The order once {@code GET /api/v1/orders/{merchantTradeNo}} shows it in {@code status}. */
    public static Order awaitStatus(ApiClient client, String merchantTradeNo, OrderStatus status) {
        return await(client, merchantTradeNo, order -> order.getStatus() == status);
    }

    public static Order await(ApiClient client, String merchantTradeNo, Predicate<Order> done) {
        OrdersApi orders = new OrdersApi(client);
        return Await.until(() -> {
            try {
                return orders.getOrder(merchantTradeNo);
            } catch (ApiException e) {
                throw new IllegalStateException("GET /api/v1/orders/" + merchantTradeNo + ": HTTP " + e.getCode(), e);
            }
        }, done, TIMEOUT);
    }

    /** A new Idempotency-Key. */
    public static String key() {
        return UUID.randomUUID().toString();
    }

    /** A merchantTradeNo of this test, unique per run. */
    public static String tradeNo(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
