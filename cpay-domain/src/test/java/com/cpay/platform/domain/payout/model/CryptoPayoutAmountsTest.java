package com.cpay.platform.domain.payout.model;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import org.junit.jupiter.api.Test;

class CryptoPayoutAmountsTest {

    private static Money usdt(String text) {
        return Money.parseSigned("amount", text, Asset.USDT);
    }

    @Test
    void a_crypto_payout_receiving_less_than_withdrawn_is_accepted() {
        var amounts = new CryptoPayoutAmounts(usdt("66.12345678"), usdt("66"));
        assertThat(amounts.totalAmount()).isEqualTo(usdt("66.12345678"));
        assertThat(amounts.receivedAmount()).isEqualTo(usdt("66"));
        assertThat(amounts.difference()).isEqualTo(usdt("0.12345678"));
    }

    @Test
    void a_crypto_payout_receiving_all_that_is_withdrawn_is_accepted() {
        assertThat(new CryptoPayoutAmounts(usdt("10"), usdt("10")).difference().isZero()).isTrue();
    }

    @Test
    void a_crypto_payout_receiving_more_than_withdrawn_is_refused() {
        assertRefused(() -> new CryptoPayoutAmounts(usdt("10"), usdt("10.00000001")), "receivedAmount",
                "exceeds-total");
    }

    @Test
    void both_amounts_must_be_positive() {
        assertRefused(() -> new CryptoPayoutAmounts(usdt("10"), usdt("0")), "receivedAmount", "positive");
        assertRefusedWith(() -> new CryptoPayoutAmounts(usdt("0"), usdt("0")), "totalAmount", "positive",
                "receivedAmount", "positive");
        assertRefusedWith(() -> new CryptoPayoutAmounts(usdt("-1"), usdt("-2")), "totalAmount", "positive",
                "receivedAmount", "positive");
    }

    @Test
    void both_amounts_must_be_of_one_crypto_asset() {
        assertRefused(() -> new CryptoPayoutAmounts(usdt("10"), Money.parse("r", "1", Asset.BTC)), "receivedAmount",
                "asset-mismatch");
        assertRefused(() -> new CryptoPayoutAmounts(Money.parse("t", "10", Asset.USD),
                Money.parse("r", "1", Asset.USD)), "totalAmount", "crypto-required");
    }

    @Test
    void both_amounts_are_required() {
        assertRefused(() -> new CryptoPayoutAmounts(null, usdt("1")), "totalAmount", "required");
        assertRefused(() -> new CryptoPayoutAmounts(usdt("1"), null), "receivedAmount", "required");
    }

    @Test
    void amounts_are_read_from_text_with_every_problem_reported() {
        assertThat(CryptoPayoutAmounts.of("66.12345678", "66", Asset.BTC).totalAmount().asset()).isEqualTo(Asset.BTC);
        var e = assertRefusedWith(() -> CryptoPayoutAmounts.of("1.123456789", "1e3", Asset.BTC),
                "totalAmount", "max-scale", "receivedAmount", "exponent");
        assertThat(e.violations()).hasSize(2);
        assertRefused(() -> CryptoPayoutAmounts.of("1", "2", Asset.BTC), "receivedAmount", "exceeds-total");
    }
}
