package com.cpay.platform.domain.order;

/** What an order does, one kind per C-Pay operation that creates orders. */
public enum OrderKind {
    /** A crypto deposit: createOrder (s.13), or a no-order-mode deposit first seen by webhook (docs/decisions.md, decision 15). */
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
    CRYPTO_EXCHANGE;

    /**
     * Whether creating this order moves money out of the merchant's balance or charges a card, so that sending
     * it twice could pay twice: withdraw, createFiatPayoutOrder, exchange and pwpp. Such an order is never
     * re-sent by the code on its own after a lost or unreadable answer, and reconciliation never closes it by
     * itself (docs/decisions.md, decision 25). Deposits and hosted card orders only open a payment page.
     */
    public boolean movesMoneyOut() {
        return switch (this) {
            case CRYPTO_PAYOUT, PIX_PAYOUT, CRYPTO_EXCHANGE, DIRECT_CARD -> true;
            case CRYPTO_DEPOSIT, HOSTED_CARD -> false;
        };
    }
}
