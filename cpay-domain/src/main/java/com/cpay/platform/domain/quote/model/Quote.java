package com.cpay.platform.domain.quote.model;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A rate C-Pay quoted for converting {@code source} into {@code target} (s.7, s.8).
 *
 * <p>{@code amount} is in the asset the purchase type names: the source asset for
 * {@link PurchaseType#BY_SOURCE_AMOUNT}, the target asset for {@link PurchaseType#BY_TARGET_AMOUNT}.
 * {@code amountExchanged} is the other side, only when C-Pay returned it (s.8 does, s.7 does not); it is
 * kept as the exact decimal C-Pay wrote and not as {@link Money}, because C-Pay writes more decimals than
 * the asset's scale (the s.8 example has 11) and turning it into {@code Money} would need a rounding the
 * document does not define. Nothing is computed from the rate (see {@link ExchangeRate}).
 *
 * @param source          the asset the user has
 * @param target          the asset the user wants
 * @param purchaseType    which side {@code amount} names
 * @param amount          the amount asked about, positive, in {@link #amountAsset()}
 * @param rate            the rate as returned
 * @param amountExchanged the other side as returned, in {@link #exchangedAsset()}, non-negative
 * @param channel         which C-Pay rate this is
 */
@ValueObject
public record Quote(
        Asset source,
        Asset target,
        PurchaseType purchaseType,
        Money amount,
        ExchangeRate rate,
        Optional<BigDecimal> amountExchanged,
        QuoteChannel channel) {

    public Quote {
        Checks.required("sourceCurrency", source);
        Checks.required("targetCurrency", target);
        Checks.required(PurchaseType.FIELD, purchaseType);
        Checks.required("amount", amount);
        Checks.required(ExchangeRate.FIELD, rate);
        Checks.required("channel", channel);
        amountExchanged = Objects.requireNonNullElse(amountExchanged, Optional.empty());
        if (source.equals(target)) {
            throw ValidationException.of("targetCurrency", "same-asset",
                    "targetCurrency must differ from sourceCurrency");
        }
        Asset expected = purchaseType == PurchaseType.BY_SOURCE_AMOUNT ? source : target;
        if (!amount.asset().equals(expected)) {
            throw ValidationException.of("amount", Money.ASSET_MISMATCH,
                    "amount must be in " + expected.code() + " for purchaseType " + purchaseType.wireCode());
        }
        if (!amount.isPositive()) {
            throw ValidationException.of("amount", "positive", "amount must be greater than zero");
        }
        if (amountExchanged.map(a -> a.signum() < 0).orElse(false)) {
            throw ValidationException.of("amountExchanged", "negative", "amountExchanged must not be negative");
        }
    }

    /** The asset of {@code amount}: source when buying by source amount, target otherwise. */
    public Asset amountAsset() {
        return amount.asset();
    }

    /** The asset of {@code amountExchanged}: the side {@code amount} does not name. */
    public Asset exchangedAsset() {
        return purchaseType == PurchaseType.BY_SOURCE_AMOUNT ? target : source;
    }
}
