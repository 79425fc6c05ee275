package com.cpay.platform.domain.shared;

import org.jmolecules.ddd.annotation.ValueObject;
import java.util.Optional;

/**
 * The rule for {@code extInfo}, the merchant's extension data that deposits (createOrder, s.13) and hosted card
 * orders (createOrderByCreditCard, s.14) pass to C-Pay as JSON text (docs/decisions.md, decision 23). Optional; when given
 * it must be the text of one JSON object ({@code {"cartId":"c-77"}}), written compactly (no control characters,
 * line breaks included), of at most {@value #MAX_LENGTH} characters: the length C-Pay's document gives
 * {@code extInfo} where it types it (String(256), createFiatPayoutOrder s.5). An empty text is the same as none:
 * nothing is sent. Messages never repeat the value, which may be long and is the merchant's own data.
 */
@ValueObject
public final class ExtInfo {

    /** The field name, in the internal API and on C-Pay's wire alike. */
    public static final String FIELD = "extInfo";
    /** Longest text accepted. */
    public static final int MAX_LENGTH = 256;
    /** Rule word: the text is not one JSON object. */
    public static final String JSON_OBJECT = "json-object";

    private ExtInfo() {
    }

    /** Null and the empty text become empty: nothing is sent. Any other text is kept as it is, unchecked. */
    public static Optional<String> orEmpty(Optional<String> text) {
        return text == null ? Optional.empty() : text.filter(value -> !value.isEmpty());
    }

    /**
     * The text, checked.
     *
     * @throws ValidationException on {@code extInfo}: {@code max-length}, {@code control-character} or
     *                             {@code json-object}, the first one broken
     */
    public static String require(String text) {
        Checks.required(FIELD, text);
        if (text.length() > MAX_LENGTH) {
            throw ValidationException.of(FIELD, Checks.MAX_LENGTH,
                    FIELD + " must be at most " + MAX_LENGTH + " characters");
        }
        if (Checks.hasControlCharacter(text)) {
            throw ValidationException.of(FIELD, Checks.CONTROL_CHARACTER,
                    FIELD + " must not contain control characters (line breaks included): send compact JSON");
        }
        if (!JsonObjectText.isObject(text)) {
            throw ValidationException.of(FIELD, JSON_OBJECT, FIELD + " must be the text of one JSON object");
        }
        return text;
    }

    /**
     * An optional extInfo, normalised ({@link #orEmpty}) and checked ({@link #require}); a broken rule is added
     * to the collector instead of thrown, and the answer is then empty.
     */
    public static Optional<String> check(Violations violations, Optional<String> text) {
        Optional<String> present = orEmpty(text);
        return present.isEmpty() ? present : violations.check(() -> require(present.get()));
    }
}
