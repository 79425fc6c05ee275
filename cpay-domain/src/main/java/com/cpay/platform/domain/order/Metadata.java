package com.cpay.platform.domain.order;

import com.cpay.platform.domain.shared.CardNumberScan;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violations;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The merchant's own data on an order (its cart, its customer reference ...): string keys and string values, kept
 * with the order and shown with it and in its events, never sent to C-Pay. Immutable; keys in ascending order, so two
 * equal metadata read, store and render the same.
 *
 * <p>Limits: at most {@value #MAX_KEYS} keys; a key of 1 to {@value #MAX_KEY_LENGTH} characters of
 * {@code A-Z a-z 0-9 _ . -}; a value of at most {@value #MAX_VALUE_LENGTH} characters (empty allowed), no control
 * characters, and no card number: a key or a value holding a Luhn-valid run of 12 to 19 digits ({@link CardNumberScan})
 * is refused, so that metadata can never carry card data into storage. Violations name the field as the API does:
 * {@code metadata} for the count, {@code metadata.<key>} for a key or a value; the message never repeats a value,
 * and a refused key that is long, holds control characters or a card number is not repeated either.
 */
@ValueObject
public final class Metadata {

    /** The field name in the API. */
    public static final String FIELD = "metadata";
    /** Most keys. */
    public static final int MAX_KEYS = 20;
    /** Longest key. */
    public static final int MAX_KEY_LENGTH = 40;
    /** Longest value. */
    public static final int MAX_VALUE_LENGTH = 500;
    /** Rule word: more keys than allowed. */
    public static final String MAX_KEYS_RULE = "max-properties";
    /** Rule word: a key outside the pattern or its length. */
    public static final String KEY_RULE = "key-pattern";
    /** Rule word: a value longer than allowed. */
    public static final String VALUE_LENGTH_RULE = "max-length";
    /** Rule word: a value with a control character. */
    public static final String CONTROL_RULE = "control-character";
    /** Rule word: a value that looks like a card number. */
    public static final String CARD_NUMBER_RULE = "card-number";
    /** Rule word: a key without a value. */
    public static final String NULL_RULE = "not-null";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1," + MAX_KEY_LENGTH + "}");
    private static final Metadata EMPTY = new Metadata(new TreeMap<>());

    private final SortedMap<String, String> entries;

    private Metadata(TreeMap<String, String> entries) {
        this.entries = Collections.unmodifiableSortedMap(entries);
    }

    /** No metadata. */
    public static Metadata empty() {
        return EMPTY;
    }

    /**
     * The metadata given, checked; null is none.
     *
     * @throws ValidationException listing every broken limit
     */
    public static Metadata of(Map<String, String> given) {
        if (given == null || given.isEmpty()) {
            return EMPTY;
        }
        Violations v = new Violations();
        if (given.size() > MAX_KEYS) {
            v.add(FIELD, MAX_KEYS_RULE, FIELD + " must have at most " + MAX_KEYS + " keys, not " + given.size());
        }
        TreeMap<String, String> kept = new TreeMap<>();
        given.forEach((key, value) -> {
            String field = FIELD + "." + key;
            if (key == null || !KEY.matcher(key).matches()) {
                v.add(echoable(key) ? field : FIELD, KEY_RULE, "a metadata key must be 1 to " + MAX_KEY_LENGTH
                        + " characters of A-Z a-z 0-9 _ . -" + (echoable(key) ? "" : " (the key given is not shown)"));
            } else if (CardNumberScan.holdsCardNumber(key)) {
                v.add(FIELD, CARD_NUMBER_RULE, "a metadata key looks like a card number (the key given is not shown);"
                        + " metadata must never hold card data");
            } else if (value == null) {
                v.add(field, NULL_RULE, field + " must be a string, not null");
            } else if (value.length() > MAX_VALUE_LENGTH) {
                v.add(field, VALUE_LENGTH_RULE, field + " must be at most " + MAX_VALUE_LENGTH + " characters");
            } else if (value.chars().anyMatch(Character::isISOControl)) {
                v.add(field, CONTROL_RULE, field + " must not contain control characters");
            } else if (CardNumberScan.holdsCardNumber(value)) {
                v.add(field, CARD_NUMBER_RULE, field + " looks like a card number; metadata must never hold card"
                        + " data");
            } else {
                kept.put(key, value);
            }
        });
        v.throwIfAny();
        return new Metadata(kept);
    }

    /**
     * Whether a refused key may be named in the error: it is the caller's own text, but a long one, one with control
     * characters (a forged log line) or one holding a card number must not come back in an answer or a log.
     */
    private static boolean echoable(String key) {
        return key != null && key.length() <= 2 * MAX_KEY_LENGTH && key.chars().noneMatch(Character::isISOControl)
                && !CardNumberScan.holdsCardNumber(key);
    }

    /** The entries, keys in ascending order; unmodifiable. */
    public SortedMap<String, String> asMap() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Metadata m && entries.equals(m.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries);
    }

    /** The keys only: values are the merchant's data and stay out of logs. */
    @Override
    public String toString() {
        return "Metadata" + entries.keySet();
    }
}
