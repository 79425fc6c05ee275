package com.cpay.platform.domain.shared;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void a_present_value_passes_the_required_rule() {
        assertThat(Checks.required("x", "v")).isEqualTo("v");
    }

    @Test
    void a_missing_value_breaks_the_required_rule() {
        assertRefused(() -> Checks.required("x", null), "x", "required");
    }

    @Test
    void text_up_to_the_limit_is_accepted_as_is() {
        assertThat(Checks.text("f", " a b ", 5)).isEqualTo(" a b ");
        assertThat(Checks.text("f", "a".repeat(10), 10)).hasSize(10);
    }

    @Test
    void text_over_the_limit_is_refused() {
        assertRefused(() -> Checks.text("f", "a".repeat(11), 10), "f", "max-length");
    }

    @Test
    void null_empty_or_blank_text_is_refused_as_missing() {
        assertRefused(() -> Checks.text("f", null, 10), "f", "required");
        assertRefused(() -> Checks.text("f", "", 10), "f", "required");
        assertRefused(() -> Checks.text("f", " \t", 10), "f", "required");
    }

    @Test
    void text_with_control_characters_is_refused() {
        assertRefused(() -> Checks.text("f", "a\nb", 10), "f", "control-character");
        assertRefused(() -> Checks.text("f", "a\u0000", 10), "f", "control-character");
        assertRefused(() -> Checks.text("f", "a\u007f", 10), "f", "control-character");
        assertRefused(() -> Checks.text("f", "a\u0085", 10), "f", "control-character");
    }

    @Test
    void the_error_message_never_repeats_the_value() {
        var e = assertRefused(() -> Checks.text("f", "4111111111111111" + "x".repeat(10), 20), "f", "max-length");
        assertThat(e.getMessage()).doesNotContain("4111111111111111");
    }

    @Test
    void control_characters_are_recognised() {
        assertThat(Checks.hasControlCharacter("abc é 中")).isFalse();
        assertThat(Checks.hasControlCharacter("\tabc")).isTrue();
    }
}
