package com.cpay.platform.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void a_validation_failure_carries_every_violation_in_order() {
        Violation first = new Violation("a", "required", "a is required");
        Violation second = new Violation("b", "max-length", "b is too long");
        ValidationException e = new ValidationException(List.of(first, second));
        assertThat(e.violations()).containsExactly(first, second);
        assertThat(e.getMessage()).isEqualTo("a [required]: a is required; b [max-length]: b is too long");
        assertThat(e).isInstanceOf(DomainException.class);
    }

    @Test
    void a_validation_failure_without_violation_cannot_exist() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValidationException(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_violations_cannot_be_changed_afterwards() {
        List<Violation> list = new ArrayList<>(List.of(new Violation("a", "r", "m")));
        ValidationException e = new ValidationException(list);
        list.clear();
        assertThat(e.violations()).hasSize(1);
        assertThatThrownBy(() -> e.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_single_violation_can_be_raised_directly_and_looked_up() {
        ValidationException e = ValidationException.of("currency", "pix-currency", "must be BRL");
        assertThat(e.violations()).containsExactly(new Violation("currency", "pix-currency", "must be BRL"));
        assertThat(e.has("currency", "pix-currency")).isTrue();
        assertThat(e.has("currency", "required")).isFalse();
        assertThat(e.has("country", "pix-currency")).isFalse();
    }
}
