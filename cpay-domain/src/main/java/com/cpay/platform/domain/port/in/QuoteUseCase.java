package com.cpay.platform.domain.port.in;

/** A caller wants to know C-Pay's rate before converting (getExchangeRate s.7, getExchangeRateForCreditCard s.8). */
public interface QuoteUseCase {

    /** Asks C-Pay for the rate; nothing is recorded or booked. */
    QuoteResult quote(QuoteCommand command);
}
