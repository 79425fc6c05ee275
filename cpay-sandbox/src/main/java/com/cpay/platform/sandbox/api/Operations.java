package com.cpay.platform.sandbox.api;

import java.util.Set;

/** The twelve operationIds of cpay-merchant-api.yaml, which are also the last segment of their paths. */
final class Operations {

    static final String PREFIX = "/openapi/v1/";

    static final Set<String> ALL = Set.of("getWalletAddress", "withdraw", "createFiatPayoutOrder", "getMerchantBalance",
            "getExchangeRate", "getExchangeRateForCreditCard", "getOrderDetail", "exchange", "submitKYC", "pwpp",
            "createOrder", "createOrderByCreditCard");

    /** Parameters the request log shows masked: card data never leaves the request (docs/decisions.md, decision 11). */
    static final Set<String> SENSITIVE = Set.of("cardNumber", "cvv", "expDate");

    private Operations() {
    }

    static String of(String path) {
        int at = path.indexOf(PREFIX);
        return at < 0 ? path : path.substring(at + PREFIX.length());
    }
}
