package com.cpay.platform.domain.money;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardAmountTest {

    @ParameterizedTest
    @CsvSource({"19.011,19.01,0.001", "1.528,1.52,0.008", "0.019,0.01,0.009", "5.999999999999,5.99,0.009999999999"})
    void a_card_amount_with_more_than_2_decimals_is_rounded_down_as_c_pay_documents(String text, String charged,
                                                                                    String roundedOff) {
        RoundedCardAmount r = CardAmount.roundDown("amount", text, Asset.USD);
        assertThat(r.charged()).isEqualTo(Money.parse("amount", charged, Asset.USD));
        assertThat(r.requested()).isEqualTo(new BigDecimal(text));
        assertThat(r.roundedOff()).isEqualByComparingTo(roundedOff);
        assertThat(r.wasRounded()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"19.01", "19.1", "19", "19.010", "0.01"})
    void a_card_amount_with_at_most_2_significant_decimals_is_charged_as_is(String text) {
        RoundedCardAmount r = CardAmount.roundDown("amount", text, Asset.EUR);
        assertThat(r.charged().amount()).isEqualByComparingTo(text);
        assertThat(r.charged().asset()).isEqualTo(Asset.EUR);
        assertThat(r.roundedOff()).isEqualByComparingTo("0");
        assertThat(r.wasRounded()).isFalse();
    }

    @Test
    void rounding_is_spelled_out_as_down_to_two_decimals() {
        assertThat(CardAmount.ROUNDING).isEqualTo(java.math.RoundingMode.DOWN);
        assertThat(CardAmount.DECIMALS).isEqualTo(2);
    }

    @Test
    void an_amount_that_rounds_down_to_nothing_is_refused() {
        assertRefused(() -> CardAmount.roundDown("amount", "0.009", Asset.USD), "amount", "positive");
        assertRefused(() -> CardAmount.roundDown("amount", "0", Asset.USD), "amount", "positive");
    }

    @Test
    void a_card_amount_follows_the_amount_grammar() {
        assertRefused(() -> CardAmount.roundDown("amount", "1e2", Asset.USD), "amount", "exponent");
        assertRefused(() -> CardAmount.roundDown("amount", "-19.011", Asset.USD), "amount", "negative");
        assertRefused(() -> CardAmount.roundDown("amount", "NaN", Asset.USD), "amount", "not-numeric");
        assertRefused(() -> CardAmount.roundDown("amount", "", Asset.USD), "amount", "required");
        assertRefused(() -> CardAmount.roundDown("amount", "1".repeat(129), Asset.USD), "amount", "max-length");
    }

    @Test
    void a_card_amount_is_in_a_two_decimal_fiat_currency() {
        assertRefused(() -> CardAmount.roundDown("amount", "1", Asset.BTC), "currency", "fiat-required");
        assertRefused(() -> CardAmount.roundDown("amount", "1", new Asset("JPY", 0, AssetKind.FIAT)), "currency",
                "fiat-required");
        assertThatThrownBy(() -> CardAmount.roundDown("amount", "1", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_rounded_card_amount_must_be_consistent() {
        Money charged = Money.parse("a", "19.01", Asset.USD);
        BigDecimal requested = new BigDecimal("19.011");
        assertThat(new RoundedCardAmount(charged, requested, new BigDecimal("0.001"), true).charged())
                .isEqualTo(charged);
        assertThatThrownBy(() -> new RoundedCardAmount(charged, requested, new BigDecimal("0.002"), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoundedCardAmount(charged, requested, new BigDecimal("0.001"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoundedCardAmount(charged, new BigDecimal("19.01"), BigDecimal.ZERO, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RoundedCardAmount(charged, new BigDecimal("19.01"), BigDecimal.ZERO, false).wasRounded())
                .isFalse();
        assertThatThrownBy(() -> new RoundedCardAmount(charged, new BigDecimal("19.02"), new BigDecimal("0.01"), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RoundedCardAmount(charged, new BigDecimal("19.0199"), new BigDecimal("0.0099"), true)
                .roundedOff()).isEqualByComparingTo("0.0099");
        assertThatThrownBy(() -> new RoundedCardAmount(charged, new BigDecimal("19.00"), new BigDecimal("-0.01"), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoundedCardAmount(null, requested, BigDecimal.ZERO, false))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RoundedCardAmount(charged, null, BigDecimal.ZERO, false))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RoundedCardAmount(charged, requested, null, false))
                .isInstanceOf(NullPointerException.class);
    }
}
