package com.cpay.platform.domain.account;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The merchant's balance in one currency (getMerchantBalance, s.6), as exact decimals: C-Pay's own example
 * reports {@code "12.237"} USD, more decimals than the currency has, so forcing the value into {@link Money}
 * would need a rounding nobody defined. {@link #availableIn(AssetCatalog)} gives a {@code Money} where it fits.
 *
 * @param currency  the code as C-Pay wrote it ({@code cryptoCurrency}, which holds fiat codes too)
 * @param available what can be spent ({@code availableBalance})
 * @param frozen    what is held ({@code freezeBalance})
 */
public record Balance(String currency, BigDecimal available, BigDecimal frozen) {

    public Balance {
        Checks.text("currency", currency, 16);
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(frozen, "frozen");
    }

    /** The available balance as money, when the catalog knows the currency and the value fits its scale. */
    public Optional<Money> availableIn(AssetCatalog catalog) {
        if (!catalog.contains(currency)) {
            return Optional.empty();
        }
        Asset asset = catalog.asset(currency);
        BigDecimal exact = available.stripTrailingZeros();
        return exact.scale() > asset.scale() ? Optional.empty() : Optional.of(new Money(exact, asset));
    }
}
