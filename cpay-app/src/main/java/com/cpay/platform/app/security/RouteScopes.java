package com.cpay.platform.app.security;

import io.micronaut.http.HttpMethod;

import java.util.regex.Pattern;

/**
 * The scope each API route needs. Money out and its manual settlement need their own scopes, so a client that only
 * takes deposits, or a dashboard that only reads, cannot send money anywhere.
 */
final class RouteScopes {

    private static final Pattern PAYOUTS = Pattern.compile("/api/v1/payouts(/.*)?");
    private static final Pattern RESUBMIT = Pattern.compile("/api/v1/orders/[^/]+/resubmit/?");

    private RouteScopes() {
    }

    static ApiScope required(HttpMethod method, String path) {
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return ApiScope.ORDERS_READ;
        }
        if (RESUBMIT.matcher(path).matches()) {
            return ApiScope.OPERATOR;
        }
        return PAYOUTS.matcher(path).matches() ? ApiScope.PAYOUTS_WRITE : ApiScope.ORDERS_WRITE;
    }
}
