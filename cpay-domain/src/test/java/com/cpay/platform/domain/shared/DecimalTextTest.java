package com.cpay.platform.domain.shared;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

    @Test
    void a_plain_decimal_is_read_exactly_with_its_written_scale() {
        assertThat(DecimalText.parse("f", "40000.000000", false)).isEqualTo(new BigDecimal("40000.000000"));
        assertThat(DecimalText.parse("f", "007", false)).isEqualTo(new BigDecimal("7"));
        assertThat(DecimalText.parse("f", "-1.5", true)).isEqualTo(new BigDecimal("-1.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e5", "1E-3", "2.5e+10", ".5e1", "1.e2", "-1e5", "+1E5"})
    void exponent_notation_is_refused(String text) {
        assertRefused(() -> DecimalText.parse("f", text, true), "f", "exponent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+1", " 1", "1 ", "1.", ".5", "1,5", "1.2.3", "--1",
        "0x10", "١٢", "abc", "e5", "1e", "-"})
    void anything_but_the_plain_form_is_not_numeric(String text) {
        assertRefused(() -> DecimalText.parse("f", text, true), "f", "not-numeric");
    }

    @Test
    void a_minus_sign_is_refused_where_negatives_are_not_allowed() {
        assertRefused(() -> DecimalText.parse("f", "-1", false), "f", "negative");
        assertRefused(() -> DecimalText.parse("f", "-0", false), "f", "negative");
    }

    @Test
    void missing_text_is_refused() {
        assertRefused(() -> DecimalText.parse("f", null, false), "f", "required");
        assertRefused(() -> DecimalText.parse("f", "", false), "f", "required");
        assertRefused(() -> DecimalText.parse("f", "  ", false), "f", "required");
    }

    @Test
    void text_of_128_characters_is_read_and_129_refused() {
        assertThat(DecimalText.parse("f", "9".repeat(128), false)).isEqualTo(new BigDecimal("9".repeat(128)));
        assertRefused(() -> DecimalText.parse("f", "9".repeat(129), false), "f", "max-length");
    }
}
