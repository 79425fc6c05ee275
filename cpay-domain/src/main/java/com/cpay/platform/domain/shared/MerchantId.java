package com.cpay.platform.domain.shared;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The merchant's id at C-Pay. Any text is accepted: the document says Long, the SDKs send integers, and we
 * only ever pass it through as text (docs/decisions.md, decision 24).
 *
 * <p>Non-blank, at most 64 characters, no control characters; errors name the field {@code merchantId}.
 *
 * @param value the text exactly as sent on the wire
 */
@ValueObject
public record MerchantId(String value) {

    /** The field name used in errors. */
    public static final String FIELD = "merchantId";
    /** The longest value accepted. */
    public static final int MAX_LENGTH = 64;

    public MerchantId {
        Checks.text(FIELD, value, MAX_LENGTH);
    }

    /** Reads a value that arrived under another field name, e.g. {@code orders[2].merchantId}. */
    public static MerchantId of(String field, String value) {
        Checks.text(field, value, MAX_LENGTH);
        return new MerchantId(value);
    }

    /** The value itself, so the identifier can be used wherever text is expected. */
    @Override
    public String toString() {
        return value;
    }
}
