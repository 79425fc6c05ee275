package com.cpay.platform.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input broke one or more rules. Carries every violation found (never an empty list), so a caller can
 * report all problems of a request at once.
 */
public final class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** A single violation. */
    public static ValidationException of(String field, String rule, String message) {
        return new ValidationException(List.of(new Violation(field, rule, message)));
    }

    /** Every violation, in the order found; never empty. */
    public List<Violation> violations() {
        return violations;
    }

    /** Whether a violation of this rule on this field is present. */
    public boolean has(String field, String rule) {
        return violations.stream().anyMatch(v -> v.field().equals(field) && v.rule().equals(rule));
    }

    private static String describe(List<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        return violations.stream()
                .map(v -> v.field() + " [" + v.rule() + "]: " + v.message())
                .collect(Collectors.joining("; "));
    }
}
