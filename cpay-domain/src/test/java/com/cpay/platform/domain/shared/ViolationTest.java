package com.cpay.platform.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void a_violation_names_a_field_a_rule_and_explains() {
        Violation v = new Violation("amount", "max-scale", "too many decimals");
        assertThat(v.field()).isEqualTo("amount");
        assertThat(v.rule()).isEqualTo("max-scale");
        assertThat(v.message()).isEqualTo("too many decimals");
    }

    @Test
    void a_violation_without_field_or_rule_is_a_programming_error() {
        assertThatThrownBy(() -> new Violation(" ", "rule", "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Violation("field", "", "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Violation(null, "rule", "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Violation("f", null, "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Violation("f", "r", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_violation_seen_from_an_enclosing_object_gets_its_prefix() {
        Violation v = new Violation("birthday", "past", "m").under("users[3]");
        assertThat(v).isEqualTo(new Violation("users[3].birthday", "past", "m"));
    }
}
