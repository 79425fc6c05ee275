package com.cpay.platform.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.ValidationException;
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
    @ValueSource(strings = {"0.001", "abc", "-1", "1e3"})
    void a_real_extra_decimal_or_a_non_amount_is_still_refused(String text) {
        assertThatThrownBy(() -> ReportedAmountText.parse("fee", text, Asset.USD))
                .isInstanceOf(ValidationException.class);
    }
}
