package com.cpay.platform.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects violations across several checks so a caller sees every problem of a request at once, not
 * only the first. Not thread-safe: one instance per validation.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** Records one violation. */
    public Violations add(String field, String rule, String message) {
        found.add(new Violation(field, rule, message));
        return this;
    }

    /**
     * Runs a check that may throw {@link ValidationException}; its violations are recorded instead of
     * thrown.
     *
     * @return the check's result, or empty when it failed
     */
    public <T> Optional<T> check(Supplier<T> check) {
        try {
            return Optional.ofNullable(check.get());
        } catch (ValidationException e) {
            found.addAll(e.violations());
            return Optional.empty();
        }
    }

    /**
     * Runs a check for its violations only (its result, if any, is not needed): they are recorded instead of
     * thrown.
     */
    public Violations verify(Runnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            found.addAll(e.violations());
        }
        return this;
    }

    /**
     * As {@link #check(Supplier)}, with every field name put under {@code prefix}, e.g. {@code users[3]}.
     */
    public <T> Optional<T> check(String prefix, Supplier<T> check) {
        try {
            return Optional.ofNullable(check.get());
        } catch (ValidationException e) {
            e.violations().forEach(v -> found.add(v.under(prefix)));
            return Optional.empty();
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The violations recorded so far, in order. */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** Throws a {@link ValidationException} carrying every recorded violation, if there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
