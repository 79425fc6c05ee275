package com.cpay.platform.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: asserts that a call is refused with exactly the expected field and rule. */
public final class ViolationAssertions {

    private ViolationAssertions() {
    }

    /** The call throws a ValidationException whose only violation is on {@code field} with {@code rule}. */
    public static ValidationException assertRefused(ThrowingCallable call, String field, String rule) {
        ValidationException e = catchValidation(call);
        assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactly(tuple(field, rule));
        assertThat(e.violations().get(0).message()).isNotBlank();
        return e;
    }

    /** The call throws a ValidationException containing at least these field/rule pairs. */
    public static ValidationException assertRefusedWith(ThrowingCallable call, String... fieldRulePairs) {
        ValidationException e = catchValidation(call);
        for (int i = 0; i < fieldRulePairs.length; i += 2) {
            assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                    .contains(tuple(fieldRulePairs[i], fieldRulePairs[i + 1]));
        }
        return e;
    }

    private static ValidationException catchValidation(ThrowingCallable call) {
        ValidationException[] caught = new ValidationException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> caught[0] = e);
        return caught[0];
    }
}
