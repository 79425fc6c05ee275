package com.cpay.platform.domain.quote;

import com.cpay.platform.domain.quote.model.Quote;
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
