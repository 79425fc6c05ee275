package com.cpay.platform.domain.quote.model;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.shared.DecimalText;
import com.cpay.platform.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exchange rate exactly as C-Pay returned it ({@code exchangeRate}): the decimal is kept with the
 * scale it was written with ({@code 40000.000000} stays so), built from text, never from a double.
 *
 * <p><b>What the number means is unclear</b> (docs/decisions.md, decision 9). The document says
 * "sourceCurrency:targetCurrency = 1:exchangeRate", which reads as <i>one unit of source buys
 * {@code exchangeRate} units of target</i> (target = source &times; rate). Its own example, source USDT and
 * target BTC with rate 40000, only makes sense the other way: <i>one unit of target costs
 * {@code exchangeRate} units of source</i> (target = source &divide; rate); the s.8 example (rate 2999.342,
 * amountExchanged 0.03334064604, i.e. 100 / 2999.342) agrees with that second reading. Until C-Pay confirms,
 * this type offers no conversion and never inverts the rate: amounts come from the fields C-Pay returns
 * ({@code amountExchanged}, {@code targetAmount}).
 *
 * <p>Zero is accepted because the s.7 example returns {@code "exchangeRate": 0}; {@link #isZero()} lets
 * callers treat it as "no rate available". Negative rates are refused.
 *
 * <p>{@link #equals} compares the text as returned ({@code 40000} differs from {@code 40000.000000});
 * {@link #hasSameValueAs} compares numbers.
 *
 * @param value the rate, non-negative, with the scale C-Pay wrote
 */
@ValueObject
public record ExchangeRate(BigDecimal value) {

    /** Error field name. */
    public static final String FIELD = "exchangeRate";

    public ExchangeRate {
        Objects.requireNonNull(value, FIELD);
        if (value.signum() < 0) {
            throw ValidationException.of(FIELD, "negative", FIELD + " must not be negative");
        }
    }

    /**
     * Reads the rate from C-Pay's text (a JSON number is read as its text, docs/decisions.md, decision 8).
     *
     * @throws ValidationException on {@code exchangeRate}: {@code required}, {@code max-length},
     *                             {@code exponent}, {@code not-numeric}, {@code negative}
     */
    public static ExchangeRate parse(String text) {
        return new ExchangeRate(DecimalText.parse(FIELD, text, false));
    }

    /** Whether C-Pay returned 0, i.e. no usable rate. */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /** Whether both rates are the same number, whatever their written scale. */
    public boolean hasSameValueAs(ExchangeRate other) {
        return value.compareTo(other.value) == 0;
    }

    /** The rate exactly as C-Pay wrote it. */
    public String toWireString() {
        return value.toPlainString();
    }

    @Override
    public String toString() {
        return toWireString();
    }
}
