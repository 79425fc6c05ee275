package com.cpay.platform.domain.quote.model;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import org.junit.jupiter.api.Test;

class ExchangeResultTest {

    private static Money btc(String text) {
        return Money.parseSigned("amount", text, Asset.BTC);
    }

    @Test
    void the_documented_exchange_answer_is_read_as_returned() {
        ExchangeResult r = ExchangeResult.of(Asset.BTC, "0.997", "40000.000000", "0.003");
        assertThat(r.target()).isEqualTo(Asset.BTC);
        assertThat(r.targetAmount()).isEqualTo(btc("0.997"));
        assertThat(r.rate().toWireString()).isEqualTo("40000.000000");
        assertThat(r.fee()).isEqualTo(btc("0.003"));
    }

    @Test
    void a_zero_fee_and_a_zero_amount_are_accepted() {
        assertThat(new ExchangeResult(Asset.BTC, btc("0"), ExchangeRate.parse("1"), btc("0")).fee().isZero())
                .isTrue();
    }

    @Test
    void the_amounts_are_in_the_target_currency() {
        Money eth = Money.parse("fee", "0.003", Asset.ETH);
        assertRefused(() -> new ExchangeResult(Asset.BTC, btc("1"), ExchangeRate.parse("1"), eth), "fee",
                "asset-mismatch");
        assertRefused(() -> new ExchangeResult(Asset.BTC, eth, ExchangeRate.parse("1"), btc("0")), "targetAmount",
                "asset-mismatch");
    }

    @Test
    void negative_amounts_are_refused() {
        var e = assertRefusedWith(() -> new ExchangeResult(Asset.BTC, btc("-1"), ExchangeRate.parse("1"),
                btc("-0.1")), "targetAmount", "negative", "fee", "negative");
        assertThat(e.violations()).hasSize(2);
    }

    @Test
    void every_problem_of_the_answer_is_reported_at_once() {
        var e = assertRefusedWith(() -> ExchangeResult.of(Asset.BTC, "0.9970000001", "4e4", ""),
                "targetAmount", "max-scale", "exchangeRate", "exponent", "fee", "required");
        assertThat(e.violations()).hasSize(3);
    }

    @Test
    void every_part_is_required() {
        ExchangeRate rate = ExchangeRate.parse("1");
        assertRefused(() -> new ExchangeResult(null, btc("1"), rate, btc("0")), "targetCurrency", "required");
        assertRefused(() -> new ExchangeResult(Asset.BTC, null, rate, btc("0")), "targetAmount", "required");
        assertRefused(() -> new ExchangeResult(Asset.BTC, btc("1"), null, btc("0")), "exchangeRate", "required");
        assertRefused(() -> new ExchangeResult(Asset.BTC, btc("1"), rate, null), "fee", "required");
        assertRefused(() -> ExchangeResult.of(null, "1", "1", "0"), "targetCurrency", "required");
    }
}
