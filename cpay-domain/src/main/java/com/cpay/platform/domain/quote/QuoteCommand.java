package com.cpay.platform.domain.quote;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.quote.model.QuoteRequest;
import com.cpay.platform.domain.quote.model.PurchaseType;
import com.cpay.platform.domain.quote.model.QuoteChannel;

/**
 * A rate question. Validated by the same rules as the gateway request it becomes.
 *
 * @param source       the asset the user has
 * @param target       the asset the user wants, another one
 * @param purchaseType which side {@code amount} names
 * @param amount       positive, in the asset {@code purchaseType} names
 * @param channel      crypto rate or card rate
 */
public record QuoteCommand(Asset source, Asset target, PurchaseType purchaseType, Money amount,
                           QuoteChannel channel) {

    public QuoteCommand {
        new QuoteRequest(source, target, purchaseType, amount, channel);
    }

    /** The gateway request for this question. */
    public QuoteRequest toRequest() {
        return new QuoteRequest(source, target, purchaseType, amount, channel);
    }
}
