package com.cpay.platform.domain.shared;

import java.util.Objects;

/**
 * One broken rule on one input field.
 *
 * @param field   the field as the caller knows it, e.g. {@code merchantTradeNo} or {@code users[3].birthday}
 * @param rule    a short stable machine word, e.g. {@code required}, {@code max-length}, {@code max-scale}
 * @param message a human explanation that never repeats the rejected value
 */
public record Violation(String field, String rule, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        if (field.isBlank() || rule.isBlank()) {
            throw new IllegalArgumentException("a violation needs a field and a rule");
        }
    }

    /**
     * The same violation seen from an enclosing object, e.g. {@code birthday} inside {@code users[3]}
     * becomes {@code users[3].birthday}.
     */
    public Violation under(String prefix) {
        return new Violation(prefix + "." + field, rule, message);
    }
}
