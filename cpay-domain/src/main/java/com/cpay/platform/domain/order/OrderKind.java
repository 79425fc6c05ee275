package com.cpay.platform.domain.order;

/** What an order does, one kind per C-Pay operation that creates orders. */
public enum OrderKind {
    /** A crypto deposit: createOrder (s.13), or a no-order-mode deposit first seen by webhook (row 15). */
    CRYPTO_DEPOSIT,
    /** A card payment on C-Pay's hosted page: createOrderByCreditCard (s.14). */
    HOSTED_CARD,
    /** A card payment without payment page, with 3DS: pwpp (s.12). */
    DIRECT_CARD,
    /** A crypto withdrawal to an external address: withdraw (s.4). */
    CRYPTO_PAYOUT,
    /** A fiat payout over PIX: createFiatPayoutOrder (s.5). */
    PIX_PAYOUT,
    /** An exchange between two currencies: exchange (s.10). */
    CRYPTO_EXCHANGE
}
