package com.cpay.platform.domain.quote;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.quote.model.PurchaseType;
import com.cpay.platform.domain.quote.model.Quote;
import com.cpay.platform.domain.quote.model.QuoteChannel;
import com.cpay.platform.domain.quote.model.QuoteRequest;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A caller wants to know C-Pay's rate before converting (getExchangeRate s.7, getExchangeRateForCreditCard s.8). */
@PrimaryPort
public interface QuoteUseCase {

    /** Asks C-Pay for the rate; nothing is recorded or booked. */
    Result quote(Command command);

    /**
     * A rate question. Validated by the same rules as the gateway request it becomes.
     *
     * @param source       the asset the user has
     * @param target       the asset the user wants, another one
     * @param purchaseType which side {@code amount} names
     * @param amount       positive, in the asset {@code purchaseType} names
     * @param channel      crypto rate or card rate
     */
    record Command(Asset source, Asset target, PurchaseType purchaseType, Money amount,
                   QuoteChannel channel) {

        public Command {
            new QuoteRequest(source, target, purchaseType, amount, channel);
        }

        /** The gateway request for this question. */
        public QuoteRequest toRequest() {
            return new QuoteRequest(source, target, purchaseType, amount, channel);
        }
    }

    /**
     * C-Pay's quote.
     *
     * @param quote the rate as returned, and for card rates the other side's amount
     */
    record Result(Quote quote) {

        public Result {
            Objects.requireNonNull(quote, "quote");
        }
    }
}
