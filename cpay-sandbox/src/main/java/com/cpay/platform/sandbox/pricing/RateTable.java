package com.cpay.platform.sandbox.pricing;

import com.cpay.platform.sandbox.config.NamedValues;
import com.cpay.platform.sandbox.config.SandboxConfig;
import com.cpay.platform.sandbox.rules.Assets;
import com.cpay.platform.sandbox.rules.Rejection;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quote rates, kept as exact decimal text and returned exactly as configured.
 * <p>
 * Reading (docs/decisions.md, decision 9): the entry {@code SOURCE/TARGET=r} means <em>one unit of TARGET costs r
 * units of SOURCE</em>: the reading of every example of the document (s.7 and s.10 "USDT to BTC, 40000";
 * s.8 spends 100 and gets {@code amountExchanged} 0.03334064604 = 100 / 2999.342), not of its formula
 * "sourceCurrency:targetCurrency = 1:exchangeRate". So {@code target = source / r} and
 * {@code source = target * r}. A pair that is not in the table has no rate: no rate is ever inverted.
 */
@Singleton
public class RateTable {

    static final List<String> DEFAULTS = List.of(
            "USDT/BTC=40000", "USDT/ETH=2000", "USDT/BNB=300", "USDT/TRX=0.1",
            "USD/USDT=1", "USD/BTC=40000", "USD/ETH=2000", "USD/BNB=300", "USD/TRX=0.1",
            "EUR/USDT=0.92", "EUR/BTC=36800", "EUR/ETH=1840",
            "BRL/USDT=5", "BRL/BTC=200000", "BRL/ETH=10000",
            "BTC/USDT=0.000025", "ETH/USDT=0.0005", "BNB/USDT=0.00333333", "TRX/USDT=10",
            "BTC/ETH=0.05", "ETH/BTC=20",
            "USDT/USD=1", "USDT/EUR=1.087", "USDT/BRL=0.2");

    private final Map<String, String> rates;

    public RateTable(SandboxConfig config) {
        Map<String, String> table = new LinkedHashMap<>(NamedValues.parse("rates", DEFAULTS));
        table.putAll(NamedValues.parse("cpay.sandbox.rates", config.getRates()));
        table.values().forEach(rate -> {
            if (new BigDecimal(rate).signum() <= 0) {
                throw new IllegalArgumentException("rates must be greater than 0");
            }
        });
        rates = Collections.unmodifiableMap(table);
    }

    /** The rate text of the pair, exactly as configured. */
    public String rate(String source, String target) {
        Assets.requireKnown("sourceCurrency", source);
        Assets.requireKnown("targetCurrency", target);
        String rate = rates.get(source + "/" + target);
        if (rate == null) {
            throw new Rejection("no exchange rate for " + source + " to " + target);
        }
        return rate;
    }

    /** How much TARGET a SOURCE amount buys, rounded down to the target's scale. */
    public BigDecimal targetFor(String source, String target, BigDecimal sourceAmount) {
        return sourceAmount.divide(new BigDecimal(rate(source, target)), Assets.scale(target), RoundingMode.DOWN);
    }

    /** How much SOURCE a TARGET amount costs, rounded up to the source's scale. */
    public BigDecimal sourceFor(String source, String target, BigDecimal targetAmount) {
        return targetAmount.multiply(new BigDecimal(rate(source, target))).setScale(Assets.scale(source), RoundingMode.UP);
    }

    public Map<String, String> all() {
        return rates;
    }
}
