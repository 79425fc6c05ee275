package com.cpay.platform.domain.quote.model;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteTest {

    private static final ExchangeRate RATE = ExchangeRate.parse("2999.342");

    private static Money money(String text, Asset asset) {
        return Money.parseSigned("amount", text, asset);
    }

    @Test
    void a_card_quote_by_source_amount_keeps_the_exchanged_amount_as_returned() {
        Quote q = new Quote(Asset.USD, Asset.ETH, PurchaseType.BY_SOURCE_AMOUNT, money("100", Asset.USD), RATE,
                Optional.of(new BigDecimal("0.03334064604")), QuoteChannel.CARD);
        assertThat(q.amountExchanged()).contains(new BigDecimal("0.03334064604"));
        assertThat(q.amountAsset()).isEqualTo(Asset.USD);
        assertThat(q.exchangedAsset()).isEqualTo(Asset.ETH);
        assertThat(q.rate()).isEqualTo(RATE);
        assertThat(q.channel()).isEqualTo(QuoteChannel.CARD);
    }

    @Test
    void a_quote_by_target_amount_names_the_amount_in_the_target_asset() {
        Quote q = new Quote(Asset.USD, Asset.BTC, PurchaseType.BY_TARGET_AMOUNT, money("0.5", Asset.BTC), RATE,
                Optional.of(new BigDecimal("1499.671")), QuoteChannel.CARD);
        assertThat(q.amountAsset()).isEqualTo(Asset.BTC);
        assertThat(q.exchangedAsset()).isEqualTo(Asset.USD);
    }

    @Test
    void a_crypto_quote_has_no_exchanged_amount() {
        Quote q = new Quote(Asset.USDT, Asset.BTC, PurchaseType.BY_SOURCE_AMOUNT, money("100", Asset.USDT),
                ExchangeRate.parse("0"), Optional.empty(), QuoteChannel.CRYPTO);
        assertThat(q.amountExchanged()).isEmpty();
        assertThat(q.rate().isZero()).isTrue();
        Quote withNull = new Quote(Asset.USDT, Asset.BTC, PurchaseType.BY_SOURCE_AMOUNT, money("100", Asset.USDT),
                RATE, null, QuoteChannel.CRYPTO);
        assertThat(withNull.amountExchanged()).isEmpty();
    }

    @Test
    void the_amount_must_be_in_the_asset_the_purchase_type_names() {
        assertRefused(() -> new Quote(Asset.USD, Asset.BTC, PurchaseType.BY_SOURCE_AMOUNT, money("1", Asset.BTC),
                RATE, Optional.empty(), QuoteChannel.CRYPTO), "amount", "asset-mismatch");
        assertRefused(() -> new Quote(Asset.USD, Asset.BTC, PurchaseType.BY_TARGET_AMOUNT, money("1", Asset.USD),
                RATE, Optional.empty(), QuoteChannel.CRYPTO), "amount", "asset-mismatch");
    }

    @Test
    void a_quote_converts_between_two_assets() {
        assertRefused(() -> new Quote(Asset.BTC, Asset.BTC, PurchaseType.BY_SOURCE_AMOUNT, money("1", Asset.BTC),
                RATE, Optional.empty(), QuoteChannel.CRYPTO), "targetCurrency", "same-asset");
    }

    @Test
    void a_quote_is_for_a_positive_amount() {
        assertRefused(() -> new Quote(Asset.USD, Asset.BTC, PurchaseType.BY_SOURCE_AMOUNT, money("0", Asset.USD),
                RATE, Optional.empty(), QuoteChannel.CRYPTO), "amount", "positive");
        assertRefused(() -> new Quote(Asset.USD, Asset.BTC, PurchaseType.BY_SOURCE_AMOUNT, money("-1", Asset.USD),
                RATE, Optional.empty(), QuoteChannel.CRYPTO), "amount", "positive");
    }

    @Test
    void a_negative_exchanged_amount_is_refused() {
        assertRefused(() -> new Quote(Asset.USD, Asset.BTC, PurchaseType.BY_SOURCE_AMOUNT, money("1", Asset.USD),
                RATE, Optional.of(new BigDecimal("-0.1")), QuoteChannel.CARD), "amountExchanged", "negative");
        assertThat(new Quote(Asset.USD, Asset.BTC, PurchaseType.BY_SOURCE_AMOUNT, money("1", Asset.USD), RATE,
                Optional.of(BigDecimal.ZERO), QuoteChannel.CARD).amountExchanged()).contains(BigDecimal.ZERO);
    }

    @Test
    void every_part_of_a_quote_is_required() {
        Money usd = money("1", Asset.USD);
        PurchaseType by = PurchaseType.BY_SOURCE_AMOUNT;
        assertRefused(() -> new Quote(null, Asset.BTC, by, usd, RATE, Optional.empty(), QuoteChannel.CARD),
                "sourceCurrency", "required");
        assertRefused(() -> new Quote(Asset.USD, null, by, usd, RATE, Optional.empty(), QuoteChannel.CARD),
                "targetCurrency", "required");
        assertRefused(() -> new Quote(Asset.USD, Asset.BTC, null, usd, RATE, Optional.empty(), QuoteChannel.CARD),
                "purchaseType", "required");
        assertRefused(() -> new Quote(Asset.USD, Asset.BTC, by, null, RATE, Optional.empty(), QuoteChannel.CARD),
                "amount", "required");
        assertRefused(() -> new Quote(Asset.USD, Asset.BTC, by, usd, null, Optional.empty(), QuoteChannel.CARD),
                "exchangeRate", "required");
        assertRefused(() -> new Quote(Asset.USD, Asset.BTC, by, usd, RATE, Optional.empty(), null),
                "channel", "required");
    }
}
