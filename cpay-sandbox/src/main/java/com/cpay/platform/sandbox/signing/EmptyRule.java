package com.cpay.platform.sandbox.signing;

import java.util.Locale;

/**
 * Which parameter values section 16 counts as "empty" and leaves out of the signed string (docs/decisions.md, decision 21,
 * unresolved between two readings). Configured with {@code cpay.sandbox.signature-empty-rule}.
 */
public enum EmptyRule {

    /** The document's reading: only a missing value and {@code ""} are empty; {@code "0"} is signed. */
    DOCUMENT,

    /**
     * C-Pay's public PHP SDK: PHP {@code empty()}, which for a form value is true for a missing value,
     * {@code ""} and {@code "0"} (not for {@code "0.0"} or {@code " "}).
     */
    PHP;

    public boolean isEmpty(String value) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        return this == PHP && value.equals("0");
    }

    /** The configuration value in lower case: {@code document} or {@code php}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException unless the text is {@code document} or {@code php} (any case) */
    public static EmptyRule parse(String text) {
        if (text != null) {
            for (EmptyRule rule : values()) {
                if (rule.key().equalsIgnoreCase(text.trim())) {
                    return rule;
                }
            }
        }
        throw new IllegalArgumentException("cpay.sandbox.signature-empty-rule must be document or php, not " + text);
    }
}
