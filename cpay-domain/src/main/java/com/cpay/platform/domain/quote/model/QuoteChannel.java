package com.cpay.platform.domain.quote.model;

/** Which C-Pay rate a quote comes from. */
public enum QuoteChannel {
    /** getExchangeRate (s.7): crypto and fiat-to-crypto rate, no amount returned. */
    CRYPTO,
    /** getExchangeRateForCreditCard (s.8): card purchase rate, with {@code amountExchanged}. */
    CARD
}
