package com.cpay.platform.domain.money;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static Money btc(String text) {
        return Money.parseSigned("amount", text, Asset.BTC);
    }

    private static Money brl(String text) {
        return Money.parseSigned("amount", text, Asset.BRL);
    }

    @Test
    void an_amount_is_stored_at_its_asset_scale() {
        assertThat(new Money(new BigDecimal("1.5"), Asset.BTC).amount()).isEqualTo(new BigDecimal("1.50000000"));
        assertThat(new Money(new BigDecimal("5"), Asset.BRL).amount().scale()).isEqualTo(2);
        assertThat(new Money(new BigDecimal("1E+3"), Asset.BRL).amount()).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void one_and_a_half_equals_one_point_five_zero_zero_zero_zero_zero_zero_zero() {
        Money a = new Money(new BigDecimal("1.5"), Asset.BTC);
        Money b = new Money(new BigDecimal("1.50000000"), Asset.BTC);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.compareTo(b)).isZero();
    }

    @Test
    void the_same_number_of_two_assets_is_not_the_same_money() {
        assertThat(new Money(BigDecimal.ONE, Asset.BTC)).isNotEqualTo(new Money(BigDecimal.ONE, Asset.ETH));
    }

    @Test
    void building_money_never_rounds() {
        assertRefused(() -> new Money(new BigDecimal("0.000000001"), Asset.BTC), "amount", "max-scale");
        assertRefused(() -> new Money(new BigDecimal("19.011"), Asset.USD), "amount", "max-scale");
        assertThat(new Money(new BigDecimal("19.0100"), Asset.USD).toPlainString()).isEqualTo("19.01");
    }

    @Test
    void an_absurdly_large_amount_is_refused_without_being_expanded() {
        assertRefused(() -> new Money(new BigDecimal("1E+999999999"), Asset.BTC), "amount", "max-digits");
        assertRefused(() -> new Money(new BigDecimal("1" + "0".repeat(128)), Asset.BRL), "amount", "max-digits");
        assertThat(new Money(new BigDecimal("9".repeat(128)), Asset.BRL).toWireString()).hasSize(128);
        assertThat(new Money(new BigDecimal("-" + "9".repeat(128)), Asset.BRL).isNegative()).isTrue();
        assertThat(new Money(new BigDecimal("0E+200"), Asset.BRL).isZero()).isTrue();
    }

    @Test
    void money_needs_an_amount_and_an_asset() {
        assertThatThrownBy(() -> new Money(null, Asset.BTC)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.parse("a", "1", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void zero_is_zero_of_its_asset() {
        assertThat(Money.zero(Asset.ETH)).isEqualTo(new Money(BigDecimal.ZERO, Asset.ETH));
        assertThat(Money.zero(Asset.ETH).isZero()).isTrue();
        assertThat(Money.zero(Asset.ETH).toPlainString()).isEqualTo("0.00000000");
    }

    @Test
    void adding_and_subtracting_is_exact() {
        assertThat(btc("0.1").plus(btc("0.2"))).isEqualTo(btc("0.3"));
        assertThat(btc("0.00000001").plus(btc("99999999.99999999"))).isEqualTo(btc("100000000"));
        assertThat(brl("5").minus(brl("5.5"))).isEqualTo(brl("-0.5"));
        assertThat(brl("5.5").negated()).isEqualTo(brl("-5.5"));
        assertThat(brl("0").negated()).isEqualTo(brl("0"));
    }

    @Test
    void combining_two_assets_is_refused() {
        assertRefused(() -> btc("1").plus(Money.zero(Asset.ETH)), "asset", "asset-mismatch");
        assertRefused(() -> btc("1").minus(Money.zero(Asset.ETH)), "asset", "asset-mismatch");
        assertRefused(() -> btc("1").compareTo(Money.zero(Asset.ETH)), "asset", "asset-mismatch");
        assertRefused(() -> btc("1").isGreaterThan(Money.zero(Asset.ETH)), "asset", "asset-mismatch");
        assertThatThrownBy(() -> btc("1").plus(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void amounts_of_one_asset_are_ordered_by_value() {
        assertThat(btc("2").isGreaterThan(btc("1.99999999"))).isTrue();
        assertThat(btc("2").isGreaterThan(btc("2"))).isFalse();
        assertThat(btc("1").isGreaterThan(btc("2"))).isFalse();
        assertThat(btc("1").isLessThan(btc("2"))).isTrue();
        assertThat(btc("2").isLessThan(btc("2"))).isFalse();
        assertThat(btc("3").isLessThan(btc("2"))).isFalse();
        assertThat(btc("1").compareTo(btc("2"))).isNegative();
        assertThat(btc("2").compareTo(btc("1"))).isPositive();
    }

    @Test
    void the_sign_of_an_amount_is_known() {
        assertThat(btc("0").isZero()).isTrue();
        assertThat(btc("0").isNegative()).isFalse();
        assertThat(btc("0").isPositive()).isFalse();
        assertThat(btc("0.00000001").isPositive()).isTrue();
        assertThat(btc("0.00000001").isZero()).isFalse();
        assertThat(btc("-0.00000001").isNegative()).isTrue();
        assertThat(btc("-0.00000001").isPositive()).isFalse();
        assertThat(btc("1").isNegative()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"5.5,BRL,5.5,5.50", "0.0123,BTC,0.0123,0.01230000", "100,USDT,100,100.00000000", "0,BRL,0,0.00",
        "007.10,BRL,7.1,7.10", "-2.5,EUR,-2.5,-2.50", "12345678901234567890.12345678,ETH,12345678901234567890.12345678,"
        + "12345678901234567890.12345678"})
    void an_amount_is_written_as_the_shortest_exact_plain_decimal(String text, String asset, String wire,
                                                                    String plain) {
        Money money = Money.parseSigned("amount", text, AssetCatalog.standard().asset(asset));
        assertThat(money.toWireString()).isEqualTo(wire);
        assertThat(money.toPlainString()).isEqualTo(plain);
    }

    @Test
    void a_large_round_amount_is_never_written_with_an_exponent() {
        assertThat(new Money(new BigDecimal("1E+20"), Asset.BTC).toWireString()).isEqualTo("100000000000000000000");
    }

    @Test
    void money_prints_amount_and_code() {
        assertThat(brl("5.5")).hasToString("5.50 BRL");
    }

    @Test
    void a_text_with_exactly_8_decimals_is_a_btc_amount() {
        assertThat(Money.parse("totalAmount", "66.12345678", Asset.BTC).toWireString()).isEqualTo("66.12345678");
    }

    @Test
    void a_text_with_9_decimals_is_refused_for_btc_never_rounded() {
        assertRefused(() -> Money.parse("totalAmount", "66.123456789", Asset.BTC), "totalAmount", "max-scale");
        assertRefused(() -> Money.parse("totalAmount", "1.000000000", Asset.BTC), "totalAmount", "max-scale");
    }

    @Test
    void a_text_with_3_decimals_is_refused_for_brl() {
        assertThat(Money.parse("amount", "5.25", Asset.BRL).toWireString()).isEqualTo("5.25");
        assertRefused(() -> Money.parse("amount", "5.255", Asset.BRL), "amount", "max-scale");
        assertRefused(() -> Money.parseSigned("amount", "-5.255", Asset.BRL), "amount", "max-scale");
    }

    @Test
    void a_text_of_128_characters_is_read_and_129_refused() {
        String digits120 = "1".repeat(119);
        String text128 = digits120 + "." + "12345678";
        assertThat(text128).hasSize(128);
        assertThat(Money.parse("amount", text128, Asset.BTC).toWireString()).isEqualTo(text128);
        assertRefused(() -> Money.parse("amount", "1" + text128, Asset.BTC), "amount", "max-length");
    }

    @Test
    void a_missing_amount_is_refused() {
        assertRefused(() -> Money.parse("amount", null, Asset.BRL), "amount", "required");
        assertRefused(() -> Money.parse("amount", "", Asset.BRL), "amount", "required");
        assertRefused(() -> Money.parse("amount", "  ", Asset.BRL), "amount", "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e5", "1E-3", "1.5E+2"})
    void exponent_notation_is_refused(String text) {
        assertRefused(() -> Money.parse("fee", text, Asset.USDT), "fee", "exponent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "+1", " 1", "1 ", "1.", ".5", "1,5", "abc", "0x1F", "1_000"})
    void anything_but_a_plain_decimal_is_refused(String text) {
        assertRefused(() -> Money.parse("fee", text, Asset.USDT), "fee", "not-numeric");
    }

    @Test
    void a_negative_amount_is_refused_unless_allowed() {
        assertRefused(() -> Money.parse("amount", "-1", Asset.BRL), "amount", "negative");
        assertThat(Money.parseSigned("amount", "-1", Asset.BRL).isNegative()).isTrue();
    }

    @Test
    void leading_zeros_are_read_as_the_same_number() {
        assertThat(Money.parse("amount", "0005.50", Asset.BRL)).isEqualTo(brl("5.5"));
    }

    @Test
    void an_error_never_repeats_the_rejected_text() {
        var e = assertRefused(() -> Money.parse("amount", "4111111111111111.123", Asset.BRL), "amount", "max-scale");
        assertThat(e.getMessage()).doesNotContain("4111111111111111").contains("2 decimals", "BRL");
    }
}
