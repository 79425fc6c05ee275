package com.cpay.platform.domain.kyc;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenderTest {

    @Test
    void genders_are_written_as_c_pay_expects() {
        assertThat(Gender.MALE.wireValue()).isEqualTo("male");
        assertThat(Gender.FEMALE.wireValue()).isEqualTo("female");
        assertThat(Gender.fromWire("male")).isEqualTo(Gender.MALE);
        assertThat(Gender.fromWire("female")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void another_gender_text_is_refused() {
        assertRefused(() -> Gender.fromWire("MALE"), "gender", "unknown-gender");
        assertRefused(() -> Gender.fromWire("male/female"), "gender", "unknown-gender");
        assertRefused(() -> Gender.fromWire(null), "gender", "required");
        assertRefused(() -> Gender.fromWire(""), "gender", "required");
    }
}
