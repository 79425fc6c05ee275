package com.cpay.platform.sandbox.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesTest {

    @Test
    void pix_keys_follow_their_account_type() {
        assertThatCode(() -> PixKeys.require("1", "529.982.247-25")).doesNotThrowAnyException();
        assertThatCode(() -> PixKeys.require("1", "11222333000181")).doesNotThrowAnyException();
        assertThatCode(() -> PixKeys.require("2", "payee@example.com")).doesNotThrowAnyException();
        assertThatCode(() -> PixKeys.require("3", "+5511987654321")).doesNotThrowAnyException();
        assertThatCode(() -> PixKeys.require("4", "123e4567-e89b-42d3-a456-426614174000")).doesNotThrowAnyException();

        assertThatThrownBy(() -> PixKeys.require("1", "52998224724")).hasMessageContaining("check digits");
        assertThatThrownBy(() -> PixKeys.require("1", "11111111111")).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> PixKeys.require("2", "not-an-email")).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> PixKeys.require("3", "11987654321")).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> PixKeys.require("4", "nope")).isInstanceOf(Rejection.class);
    }

    @Test
    void cards_are_checked_without_echoing_them() {
        YearMonth now = YearMonth.of(2026, 1);
        assertThatCode(() -> Cards.require("4111111111111111", "123", "01/26", now)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Cards.require("4111111111111112", "123", "01/26", now))
                .hasMessage("cardNumber is not a valid card number");
        assertThatThrownBy(() -> Cards.require("4111111111111111", "12", "01/26", now)).hasMessage("cvv must be 3 or 4 digits");
        assertThatThrownBy(() -> Cards.require("4111111111111111", "123", "12/25", now)).hasMessage("the card has expired");
        assertThat(Cards.mask("4000000000063000")).isEqualTo("400000******3000");
    }

    @Test
    void amounts_are_plain_decimals_within_the_scale() {
        assertThat(Amounts.parse("amount", "66.12345678", 8)).isEqualByComparingTo("66.12345678");
        assertThatThrownBy(() -> Amounts.parse("amount", "1.001", 2)).hasMessage("amount 1.001 has more than 2 decimals");
        assertThatThrownBy(() -> Amounts.parse("amount", "-1", 2)).hasMessage("amount -1 is not a plain decimal amount");
        assertThatThrownBy(() -> Amounts.parse("amount", "01", 2)).isInstanceOf(Rejection.class);
        assertThat(Amounts.roundDownTo2(new BigDecimal("19.019"))).isEqualByComparingTo("19.01");
        assertThat(Amounts.roundDownTo2(new BigDecimal("1.528"))).isEqualByComparingTo("1.52");
        assertThat(Amounts.text(new BigDecimal("11.00800000"))).isEqualTo("11.008");
    }

    @Test
    void networks_carry_their_assets_and_check_addresses() {
        assertThatCode(() -> Networks.requireCarries("TRON(TRC-20)", "USDT")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Networks.requireCarries("Bitcoin", "USDT"))
                .hasMessage("cryptoCurrency USDT is not available on network Bitcoin");
        assertThatCode(() -> Networks.requireAddress("toAddress", "Bitcoin", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Networks.requireAddress("toAddress", "Ethereum(ERC-20)", "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw"))
                .hasMessage("toAddress is not a valid Ethereum(ERC-20) address");
    }
}
