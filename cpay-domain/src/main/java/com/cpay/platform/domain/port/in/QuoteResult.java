package com.cpay.platform.domain.port.in;

import com.cpay.platform.domain.quote.Quote;
import java.util.Objects;

/**
 * C-Pay's quote.
 *
 * @param quote the rate as returned, and for card rates the other side's amount
 */
public record QuoteResult(Quote quote) {

    public QuoteResult {
        Objects.requireNonNull(quote, "quote");
    }
}
