package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.quote.model.ExchangeResult;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * An exchange's own facts (s.10): what was given, what was asked for, and, once C-Pay answered, what it
 * produced. Amounts come from C-Pay's answer, never from the rate (docs/decisions.md, decision 9).
 *
 * @param sourceAmount   what the user exchanges ({@code sourceCurrency} + {@code sourceAmount})
 * @param targetCurrency what the user wants ({@code targetCurrency})
 * @param result         C-Pay's answer: target amount, rate and fee, once known
 */
public record ExchangeDetails(Money sourceAmount, Asset targetCurrency, Optional<ExchangeResult> result)
        implements OrderDetails {

    public ExchangeDetails {
        Objects.requireNonNull(sourceAmount, "sourceAmount");
        Objects.requireNonNull(targetCurrency, "targetCurrency");
        Objects.requireNonNull(result, "result");
        if (sourceAmount.asset().equals(targetCurrency)) {
            throw ValidationException.of("targetCurrency", "same-currency",
                    "an exchange needs a target currency other than the source currency");
        }
        if (result.isPresent() && !result.get().target().equals(targetCurrency)) {
            throw ValidationException.of("targetCurrency", Money.ASSET_MISMATCH,
                    "the exchange result is not in the target currency asked for");
        }
    }

    /** An exchange before C-Pay answered. */
    public static ExchangeDetails of(Money sourceAmount, Asset targetCurrency) {
        return new ExchangeDetails(sourceAmount, targetCurrency, Optional.empty());
    }

    public ExchangeDetails withResult(ExchangeResult value) {
        return new ExchangeDetails(sourceAmount, targetCurrency, Optional.of(value));
    }

    @Override
    public OrderKind kind() {
        return OrderKind.CRYPTO_EXCHANGE;
    }

    /** The target currency, the one s.10 counts the fee in. */
    @Override
    public Asset reportingAsset() {
        return targetCurrency;
    }
}
