package com.cpay.platform.domain.money;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.shared.DecimalText;
import com.cpay.platform.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The only rounding the platform does: card payments without payment page (pwpp, s.12) take 2 decimals
 * and C-Pay documents that "higher precision rounds down" (19.011 -> 19.01, 1.528 -> 1.52). We do the
 * same before signing, explicitly, and report it (docs/decisions.md, decision 10), instead of letting C-Pay charge
 * a different amount than the one we signed and stored.
 */
@ValueObject
public final class CardAmount {

    /** Decimals of a card amount. */
    public static final int DECIMALS = 2;
    /** The rounding C-Pay documents for card amounts. */
    public static final RoundingMode ROUNDING = RoundingMode.DOWN;

    static final BigDecimal ONE_CENT = new BigDecimal("0.01");

    private CardAmount() {
    }

    /**
     * Reads a card amount and rounds it down to 2 decimals.
     *
     * @param field the amount's field name for errors
     * @param text  the amount as written, any number of decimals (same grammar as {@link Money#parse})
     * @param fiat  the card currency, a fiat currency with 2 decimals
     * @throws ValidationException on {@code field} ({@code required}, {@code max-length}, {@code exponent},
     *                             {@code not-numeric}, {@code negative}, {@code positive} when nothing is
     *                             left to charge after rounding) or on {@code currency} ({@code fiat-required})
     */
    public static RoundedCardAmount roundDown(String field, String text, Asset fiat) {
        Objects.requireNonNull(fiat, "fiat");
        if (!fiat.isFiat() || fiat.scale() != DECIMALS) {
            throw ValidationException.of("currency", "fiat-required",
                    "a card amount is in a fiat currency with " + DECIMALS + " decimals");
        }
        BigDecimal requested = DecimalText.parse(field, text, false);
        BigDecimal charged = requested.setScale(DECIMALS, ROUNDING);
        if (charged.signum() == 0) {
            throw ValidationException.of(field, "positive",
                    field + " must be at least 0.01 after rounding down to " + DECIMALS + " decimals");
        }
        BigDecimal roundedOff = requested.subtract(charged);
        return new RoundedCardAmount(new Money(charged, fiat), requested, roundedOff, roundedOff.signum() != 0);
    }
}
