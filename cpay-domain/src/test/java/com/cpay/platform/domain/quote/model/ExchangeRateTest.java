package com.cpay.platform.domain.quote.model;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {

    @Test
    void a_rate_is_kept_exactly_as_c_pay_wrote_it() {
        assertThat(ExchangeRate.parse("40000.000000").toWireString()).isEqualTo("40000.000000");
        assertThat(ExchangeRate.parse("2999.342").value()).isEqualTo(new BigDecimal("2999.342"));
        assertThat(ExchangeRate.parse("0.00002500000000000001")).hasToString("0.00002500000000000001");
    }

    @Test
    void the_zero_rate_of_the_documented_example_is_accepted_and_reported() {
        ExchangeRate zero = ExchangeRate.parse("0");
        assertThat(zero.isZero()).isTrue();
        assertThat(ExchangeRate.parse("0.000000").isZero()).isTrue();
        assertThat(ExchangeRate.parse("0.000001").isZero()).isFalse();
    }

    @Test
    void a_rate_is_compared_by_text_or_by_value_on_request() {
        ExchangeRate written = ExchangeRate.parse("40000.000000");
        ExchangeRate bare = ExchangeRate.parse("40000");
        assertThat(written).isNotEqualTo(bare);
        assertThat(written.hasSameValueAs(bare)).isTrue();
        assertThat(written.hasSameValueAs(ExchangeRate.parse("40000.000001"))).isFalse();
    }

    @Test
    void a_negative_rate_is_refused() {
        assertRefused(() -> ExchangeRate.parse("-1"), "exchangeRate", "negative");
        assertRefused(() -> new ExchangeRate(new BigDecimal("-0.1")), "exchangeRate", "negative");
        assertThatThrownBy(() -> new ExchangeRate(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_rate_that_is_not_a_plain_decimal_is_refused() {
        assertRefused(() -> ExchangeRate.parse("4E+4"), "exchangeRate", "exponent");
        assertRefused(() -> ExchangeRate.parse("NaN"), "exchangeRate", "not-numeric");
        assertRefused(() -> ExchangeRate.parse(null), "exchangeRate", "required");
        assertRefused(() -> ExchangeRate.parse("1".repeat(129)), "exchangeRate", "max-length");
    }
}
