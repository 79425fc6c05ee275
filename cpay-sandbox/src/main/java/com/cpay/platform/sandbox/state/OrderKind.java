package com.cpay.platform.sandbox.state;

import com.cpay.platform.sandbox.rules.Rejection;

import java.util.Locale;

/** What an order is, named after the operation that creates it. */
public enum OrderKind {
    CRYPTO_DEPOSIT("createOrder"),
    NO_ORDER_DEPOSIT("deposit"),
    CARD_HOSTED("createOrderByCreditCard"),
    CARD_DIRECT("pwpp"),
    CRYPTO_PAYOUT("withdraw"),
    FIAT_PAYOUT("createFiatPayoutOrder"),
    EXCHANGE("exchange");

    private final String operation;

    OrderKind(String operation) {
        this.operation = operation;
    }

    /** The operationId of cpay-merchant-api.yaml that creates it ({@code deposit} for no-order mode). */
    public String operation() {
        return operation;
    }

    public boolean payout() {
        return this == CRYPTO_PAYOUT || this == FIAT_PAYOUT;
    }

    /** Accepts the name (any case) or the operation name. */
    public static OrderKind parse(String text) {
        if (text != null) {
            for (OrderKind kind : values()) {
                if (kind.operation.equals(text) || kind.name().equals(text.toUpperCase(Locale.ROOT))) {
                    return kind;
                }
            }
        }
        throw new Rejection("kind must be one of CRYPTO_DEPOSIT, NO_ORDER_DEPOSIT, CARD_HOSTED, CARD_DIRECT, "
                + "CRYPTO_PAYOUT, FIAT_PAYOUT, EXCHANGE (or the operation name), not " + text);
    }
}
