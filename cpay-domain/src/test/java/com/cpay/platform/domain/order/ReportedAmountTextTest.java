package com.cpay.platform.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportedAmountTextTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({"0.00, 0", "3, 3", "1.500000000, 1.5", "10.0, 10", "100, 100", "1.05, 1.05", "0.010, 0.01"})
    void trailing_zeros_c_pay_writes_never_make_an_amount_unreadable(String text, String plain) {
        assertThat(ReportedAmountText.withoutTrailingZeros(text)).isEqualTo(plain);
        assertThat(ReportedAmountText.parse("fee", text, Asset.BTC))
                .contains(Money.parse("fee", plain, Asset.BTC));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void a_blank_amount_is_not_reported(String text) {
        assertThat(ReportedAmountText.parse("fee", text, Asset.BTC)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.", "1.5.0", "-1.50", "+1.0", ".50", "1,50", "١.٥0"})
    void only_digits_point_digits_lose_their_trailing_zeros(String text) {
        assertThat(ReportedAmountText.withoutTrailingZeros(text)).isEqualTo(text);
    }

    @Test
    void a_text_of_128_characters_is_read_and_one_longer_is_refused_as_max_length() {
        String longest = "1." + "0".repeat(126);
        assertThat(ReportedAmountText.parse("fee", longest, Asset.BTC)).contains(Money.parse("fee", "1", Asset.BTC));

        assertThatThrownBy(() -> ReportedAmountText.parse("fee", longest + "0", Asset.BTC))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.has("fee", "max-length")).isTrue());
    }

    @Test
    void a_huge_run_of_zeros_is_refused_in_linear_time() {
        // the regular expression this replaced backtracked quadratically on such a text: minutes for a megabyte
        String huge = "1." + "0".repeat(1_000_000) + "x";
        long started = System.nanoTime();
        assertThatThrownBy(() -> ReportedAmountText.parse("fee", huge, Asset.BTC))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.has("fee", "max-length")).isTrue());
        assertThat(ReportedAmountText.withoutTrailingZeros(huge)).isSameAs(huge);
        assertThat(ReportedAmountText.withoutTrailingZeros("1." + "0".repeat(1_000_000))).isEqualTo("1");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "abc", "-1", "1e3"})
    void a_real_extra_decimal_or_a_non_amount_is_still_refused(String text) {
        assertThatThrownBy(() -> ReportedAmountText.parse("fee", text, Asset.USD))
                .isInstanceOf(ValidationException.class);
    }
}
