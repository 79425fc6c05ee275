package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.ValidationException;
import java.math.BigDecimal;

/**
 * Money and asset codes as columns. Only the code is stored: the documented assets come back as the
 * catalogue defines them, any other code is an extra crypto coin (the only kind a catalogue can add).
 */
final class StoredAssets {

    /** NUMERIC(38,8): at most 30 digits before the point. */
    static final int MAX_INTEGER_DIGITS = 30;
    static final int COLUMN_SCALE = 8;

    private static final AssetCatalog DOCUMENTED = AssetCatalog.standard();

    private StoredAssets() {
    }

    static Asset asset(String code) {
        return DOCUMENTED.contains(code) ? DOCUMENTED.asset(code) : Asset.crypto(code);
    }

    static Money money(BigDecimal amount, String assetCode) {
        if (amount == null || assetCode == null) {
            throw new IllegalStateException("a stored amount lacks its value or its asset");
        }
        return new Money(amount.stripTrailingZeros(), asset(assetCode));
    }

    /** The amount for a NUMERIC(38,8) column; refuses what the column cannot hold instead of rounding. */
    static BigDecimal amount(String field, Money money) {
        BigDecimal value = money.amount();
        if (value.scale() > COLUMN_SCALE
                || (value.signum() != 0 && value.precision() - value.scale() > MAX_INTEGER_DIGITS)) {
            throw ValidationException.of(field, "storable",
                    field + " must have at most " + MAX_INTEGER_DIGITS + " digits before the point and "
                            + COLUMN_SCALE + " after it to be stored");
        }
        return value;
    }
}
