package com.cpay.platform.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void nothing_recorded_means_nothing_thrown() {
        Violations v = new Violations();
        assertThat(v.isEmpty()).isTrue();
        assertThat(v.list()).isEmpty();
        v.throwIfAny();
    }

    @Test
    void every_recorded_violation_is_thrown_together() {
        Violations v = new Violations().add("a", "required", "m1").add("b", "pattern", "m2");
        assertThat(v.isEmpty()).isFalse();
        ValidationException e = catchThrowableOfType(ValidationException.class, v::throwIfAny);
        assertThat(e.violations()).containsExactly(
                new Violation("a", "required", "m1"), new Violation("b", "pattern", "m2"));
    }

    @Test
    void a_passing_check_yields_its_result() {
        Violations v = new Violations();
        assertThat(v.check(() -> "ok")).contains("ok");
        assertThat(v.check("users[0]", () -> "ok")).contains("ok");
        assertThat(v.isEmpty()).isTrue();
    }

    @Test
    void a_failing_check_is_recorded_instead_of_thrown() {
        Violations v = new Violations();
        assertThat(v.check(() -> Checks.text("name", "", 5))).isEmpty();
        assertThat(v.list()).extracting(Violation::field).containsExactly("name");
    }

    @Test
    void a_failing_check_under_a_prefix_is_recorded_under_it() {
        Violations v = new Violations();
        assertThat(v.check("users[3]", () -> Checks.text("name", "", 5))).isEmpty();
        assertThat(v.list()).extracting(Violation::field).containsExactly("users[3].name");
    }

    @Test
    void a_check_run_for_its_violations_only_records_them() {
        Violations v = new Violations();
        assertThat(v.verify(() -> Checks.text("name", "ok", 5))).isSameAs(v);
        assertThat(v.isEmpty()).isTrue();
        v.verify(() -> Checks.text("name", "", 5));
        assertThat(v.list()).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.api.Assertions.tuple("name", "required"));
        assertThatThrownBy(() -> v.verify(() -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void other_failures_are_not_swallowed() {
        Violations v = new Violations();
        assertThatThrownBy(() -> v.check(() -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> v.check("p", () -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_list_is_a_snapshot() {
        Violations v = new Violations().add("a", "r", "m");
        var snapshot = v.list();
        v.add("b", "r", "m");
        assertThat(snapshot).hasSize(1);
    }
}
