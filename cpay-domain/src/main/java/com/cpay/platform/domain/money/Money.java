package com.cpay.platform.domain.money;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.shared.DecimalText;
import com.cpay.platform.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of one asset, stored at exactly the asset's scale (as joda-money does): BTC amounts
 * always have 8 decimals, BRL amounts 2.
 *
 * <p>Equality: because every amount is stored at its asset's scale, {@code 1.5 BTC} and
 * {@code 1.50000000 BTC} are the same value and {@link #equals(Object)} says so; {@code 1.5 BTC} and
 * {@code 1.5 ETH} are not equal and do not compare. Building a {@code Money} never rounds: a value with
 * more significant decimals than the scale is refused ({@code max-scale}).
 *
 * <p>Amounts may be negative (a difference, a correction); {@link #parse} refuses negatives,
 * {@link #parseSigned} accepts them.
 *
 * @param amount the value, at the asset's scale
 * @param asset  what the amount counts
 */
@ValueObject
public record Money(BigDecimal amount, Asset asset) implements Comparable<Money> {

    /** Rule word: two amounts of different assets were combined or compared. */
    public static final String ASSET_MISMATCH = "asset-mismatch";
    /** Rule word: more decimals than the asset supports. */
    public static final String MAX_SCALE = "max-scale";
    /** Most digits before the point: an amount must fit C-Pay's String(128) fields. */
    public static final int MAX_INTEGER_DIGITS = DecimalText.MAX_LENGTH;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(asset, "asset");
        // Checked before setScale so an absurd value such as 1E+999999999 is refused without being expanded.
        if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw ValidationException.of("amount", "max-digits",
                    "amount must have at most " + MAX_INTEGER_DIGITS + " digits before the point");
        }
        try {
            amount = amount.setScale(asset.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw ValidationException.of("amount", MAX_SCALE, scaleMessage("amount", asset));
        }
    }

    /** Zero of this asset. */
    public static Money zero(Asset asset) {
        return new Money(BigDecimal.ZERO, asset);
    }

    /**
     * Reads a non-negative amount sent as text, exactly.
     *
     * <p>Accepted: ASCII digits, optionally a point and at least one digit after it, at most 128 characters
     * and at most {@code asset.scale()} decimals (written decimals count, even zeros: {@code 1.000000000}
     * is refused for BTC, because the text claims a precision the asset does not have). Leading zeros are
     * accepted ({@code 007} is 7). Refused, each with its rule: null or blank ({@code required}), longer
     * than 128 ({@code max-length}), {@code 1e5}/{@code 1E-3} ({@code exponent}), anything else that is not
     * the plain form, including {@code NaN}, {@code Infinity}, {@code +1}, {@code " 1"}, {@code 1.},
     * {@code .5} and {@code 1,5} ({@code not-numeric}), a minus sign ({@code negative}), too many decimals
     * ({@code max-scale}).
     *
     * @throws ValidationException naming {@code field} and the rule
     */
    public static Money parse(String field, String text, Asset asset) {
        return parse(field, text, asset, false);
    }

    /** As {@link #parse}, but a leading minus sign is accepted. */
    public static Money parseSigned(String field, String text, Asset asset) {
        return parse(field, text, asset, true);
    }

    private static Money parse(String field, String text, Asset asset, boolean negativeAllowed) {
        Objects.requireNonNull(asset, "asset");
        BigDecimal value = DecimalText.parse(field, text, negativeAllowed);
        if (value.scale() > asset.scale()) {
            throw ValidationException.of(field, MAX_SCALE, scaleMessage(field, asset));
        }
        return new Money(value, asset);
    }

    /** The exact sum; both amounts must be of the same asset. */
    public Money plus(Money other) {
        requireSameAsset(other);
        return new Money(amount.add(other.amount), asset);
    }

    /** The exact difference; both amounts must be of the same asset. May be negative. */
    public Money minus(Money other) {
        requireSameAsset(other);
        return new Money(amount.subtract(other.amount), asset);
    }

    /** The same amount with the opposite sign. */
    public Money negated() {
        return new Money(amount.negate(), asset);
    }

    /**
     * Orders amounts of the same asset by value.
     *
     * @throws ValidationException rule {@code asset-mismatch} when the assets differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameAsset(other);
        return amount.compareTo(other.amount);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * The shortest exact plain decimal, as C-Pay writes amounts: no exponent, trailing zeros removed
     * ({@code 5.5}, {@code 0.0123}, {@code 100}, {@code 0}).
     */
    public String toWireString() {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** The plain decimal at the asset's full scale, e.g. {@code 5.50} or {@code 0.01230000}. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    /** For logs and messages, e.g. {@code 5.50 BRL}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + asset.code();
    }

    private void requireSameAsset(Money other) {
        Objects.requireNonNull(other, "other");
        if (!asset.equals(other.asset)) {
            throw ValidationException.of("asset", ASSET_MISMATCH,
                    "amounts of " + asset.code() + " and " + other.asset.code() + " cannot be combined");
        }
    }

    private static String scaleMessage(String field, Asset asset) {
        return field + " must have at most " + asset.scale() + " decimals for " + asset.code();
    }
}
