package com.cpay.platform.domain.quote;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A caller wants to know C-Pay's rate before converting (getExchangeRate s.7, getExchangeRateForCreditCard s.8). */
@PrimaryPort
public interface QuoteUseCase {

    /** Asks C-Pay for the rate; nothing is recorded or booked. */
    QuoteResult quote(QuoteCommand command);
}
