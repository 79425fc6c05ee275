package com.cpay.platform.domain.quote.model;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;

/**
 * A rate question (getExchangeRate s.7, getExchangeRateForCreditCard s.8).
 *
 * @param source       the asset the user has ({@code sourceCurrency})
 * @param target       the asset the user wants ({@code targetCurrency}), another one
 * @param purchaseType which side {@code amount} names
 * @param amount       positive, in the source asset for {@link PurchaseType#BY_SOURCE_AMOUNT}, else in the target
 * @param channel      which rate to ask for
 */
public record QuoteRequest(Asset source, Asset target, PurchaseType purchaseType, Money amount,
                           QuoteChannel channel) {

    public QuoteRequest {
        Checks.required("sourceCurrency", source);
        Checks.required("targetCurrency", target);
        Checks.required(PurchaseType.FIELD, purchaseType);
        Checks.required("amount", amount);
        Checks.required("channel", channel);
        if (source.equals(target)) {
            throw ValidationException.of("targetCurrency", "same-asset", "targetCurrency must differ from sourceCurrency");
        }
        Asset expected = purchaseType == PurchaseType.BY_SOURCE_AMOUNT ? source : target;
        if (!amount.asset().equals(expected)) {
            throw ValidationException.of("amount", Money.ASSET_MISMATCH,
                    "amount must be in " + expected.code() + " for purchaseType " + purchaseType.wireCode());
        }
        if (!amount.isPositive()) {
            throw ValidationException.of("amount", "positive", "amount must be greater than zero");
        }
    }
}
