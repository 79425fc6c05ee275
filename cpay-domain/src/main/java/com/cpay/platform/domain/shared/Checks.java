package com.cpay.platform.domain.shared;

/**
 * The common input rules, each written once. Every method throws {@link ValidationException} naming the
 * field and the rule; none repeats the rejected value in its message.
 */
public final class Checks {

    /** Rule word: a value is missing, null or blank. */
    public static final String REQUIRED = "required";
    /** Rule word: a text is longer than allowed. */
    public static final String MAX_LENGTH = "max-length";
    /** Rule word: a text contains control characters (line breaks, tabs, NUL ...). */
    public static final String CONTROL_CHARACTER = "control-character";
    /** Rule word: a text does not have the required shape. */
    public static final String PATTERN = "pattern";

    private Checks() {
    }

    /** The value, or a {@code required} violation when it is null. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw ValidationException.of(field, REQUIRED, field + " is required");
        }
        return value;
    }

    /**
     * Non-blank text of at most {@code maxLength} characters without control characters: the shape of
     * every identifier exchanged with C-Pay. Control characters are refused because these values end up
     * in signed form bodies and logs, where a line break would be ambiguous.
     */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(field, REQUIRED, field + " is required");
        }
        if (value.length() > maxLength) {
            throw ValidationException.of(field, MAX_LENGTH,
                    field + " must be at most " + maxLength + " characters");
        }
        if (hasControlCharacter(value)) {
            throw ValidationException.of(field, CONTROL_CHARACTER, field + " must not contain control characters");
        }
        return value;
    }

    /** Whether any character is an ISO control character (C0, DEL or C1). */
    public static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}
