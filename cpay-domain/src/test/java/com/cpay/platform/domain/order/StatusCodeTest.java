package com.cpay.platform.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusCodeTest {

    @Test
    void the_documented_codes_are_read_as_their_status() {
        assertThat(StatusCode.of("0").status()).contains(OrderStatus.PENDING);
        assertThat(StatusCode.of("11").status()).contains(OrderStatus.PROCESSING);
        assertThat(StatusCode.of("14").status()).contains(OrderStatus.COMPLETED);
        assertThat(StatusCode.of("15").status()).contains(OrderStatus.CLOSED);
        assertThat(StatusCode.of("14").isKnown()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "", "abc", "014", "14.0", "-0", "1 4", "١٤"})
    void an_undocumented_code_is_kept_raw_and_names_no_status(String raw) {
        StatusCode code = StatusCode.of(raw);

        assertThat(code.raw()).isEqualTo(raw);
        assertThat(code.status()).isEmpty();
        assertThat(code.isKnown()).isFalse();
    }

    @Test
    void a_missing_code_is_kept_as_empty_text_instead_of_failing() {
        assertThat(StatusCode.of((String) null).raw()).isEmpty();
        assertThat(StatusCode.of((String) null).isKnown()).isFalse();
    }

    @Test
    void blanks_around_a_documented_code_are_tolerated_but_kept_in_the_raw_text() {
        StatusCode code = StatusCode.of(" 14 ");

        assertThat(code.status()).contains(OrderStatus.COMPLETED);
        assertThat(code.raw()).isEqualTo(" 14 ");
    }

    @Test
    void a_status_writes_its_own_wire_code() {
        assertThat(StatusCode.of(OrderStatus.CLOSED)).isEqualTo(StatusCode.of("15"));
    }

    @Test
    void the_text_form_shows_the_status_or_that_it_is_unknown() {
        assertThat(StatusCode.of("11")).hasToString("PROCESSING(11)");
        assertThat(StatusCode.of("99")).hasToString("UNKNOWN(99)");
    }
}
