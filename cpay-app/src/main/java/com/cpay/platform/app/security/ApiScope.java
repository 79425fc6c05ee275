package com.cpay.platform.app.security;

import java.util.Arrays;
import java.util.Optional;

/** What an API client may do; each route needs exactly one ({@link RouteScopes}). */
public enum ApiScope {
    /** Read orders, events, balances, quotes and deposit addresses. */
    ORDERS_READ("orders:read"),
    /** Create money-in orders (deposits, card payments), exchanges and KYC batches; refresh an order from C-Pay. */
    ORDERS_WRITE("orders:write"),
    /** Create crypto and PIX payouts: money out. */
    PAYOUTS_WRITE("payouts:write"),
    /** Settle orders by hand: resubmit a money-out order whose outcome was unknown. */
    OPERATOR("operator");

    private final String text;

    ApiScope(String text) {
        this.text = text;
    }

    /** The name used in configuration and in problems ({@code orders:read} ...). */
    public String text() {
        return text;
    }

    public static Optional<ApiScope> of(String text) {
        return Arrays.stream(values()).filter(s -> s.text.equals(text == null ? null : text.strip())).findFirst();
    }
}
