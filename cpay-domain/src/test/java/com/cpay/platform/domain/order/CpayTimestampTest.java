package com.cpay.platform.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.shared.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CpayTimestampTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "1663155010000,   2022-09-14T11:30:10Z",
            "1678438482000,   2023-03-10T08:54:42Z",
            "1658387195,      2022-07-21T07:06:35Z",
            "20220726100218,  2022-07-26T10:02:18Z",
            "99999999999,     1973-03-03T09:46:39.999Z",
            "9999999999,      2286-11-20T17:46:39Z",
            "9999999999999,   2286-11-20T17:46:39.999Z",
            "0,               1970-01-01T00:00:00Z"})
    void each_of_c_pays_three_forms_is_read(String text, String expected) {
        assertThat(CpayTimestamp.parse("createTime", text)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void blanks_around_the_number_are_tolerated() {
        assertThat(CpayTimestamp.parse("createTime", " 1658387195 ")).isEqualTo(Instant.ofEpochSecond(1658387195L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1663155010000", "1.5", "1e12", "20221332100218", "20220230100218",
            "20220726250218", "123456789012345", "+1658387195"})
    void anything_else_is_refused_naming_the_field(String text) {
        assertThatThrownBy(() -> CpayTimestamp.parse("createTime", text))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.has("createTime", CpayTimestamp.PATTERN)).isTrue();
                    assertThat(e.getMessage()).doesNotContain(text);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void a_missing_time_is_required(String text) {
        assertThatThrownBy(() -> CpayTimestamp.parse("createTime", text))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("createTime", "required")).isTrue());
        assertThatThrownBy(() -> CpayTimestamp.parse("createTime", null))
                .isInstanceOf(ValidationException.class);
    }
}
