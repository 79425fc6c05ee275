package com.cpay.platform.domain.money;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssetCatalogTest {

    private final AssetCatalog standard = AssetCatalog.standard();

    @Test
    void the_standard_catalog_knows_the_documented_assets() {
        assertThat(standard.assets()).containsExactlyInAnyOrder(Asset.BTC, Asset.ETH, Asset.USDT, Asset.TRX,
                Asset.BNB, Asset.USD, Asset.EUR, Asset.BRL);
        assertThat(standard.asset("USDT")).isSameAs(Asset.USDT);
        assertThat(standard.asset("BRL")).isSameAs(Asset.BRL);
    }

    @Test
    void codes_are_found_regardless_of_case() {
        assertThat(standard.asset("usdt")).isEqualTo(Asset.USDT);
        assertThat(standard.contains("eur")).isTrue();
    }

    @Test
    void an_unknown_asset_is_refused_naming_the_field() {
        assertRefused(() -> standard.asset("DOGE"), "asset", "unknown-asset");
        assertRefused(() -> standard.asset("cryptoCurrency", "DOGE"), "cryptoCurrency", "unknown-asset");
        assertThat(standard.contains("DOGE")).isFalse();
        assertThat(standard.contains(null)).isFalse();
    }

    @Test
    void a_missing_asset_code_is_refused() {
        assertRefused(() -> standard.asset("currency", null), "currency", "required");
        assertRefused(() -> standard.asset(" "), "asset", "required");
    }

    @Test
    void extra_crypto_assets_can_be_configured() {
        AssetCatalog catalog = AssetCatalog.withExtraCrypto(Set.of("USDC", " doge "));
        assertThat(catalog.asset("USDC")).isEqualTo(Asset.crypto("USDC"));
        assertThat(catalog.asset("DOGE").scale()).isEqualTo(8);
        assertThat(catalog.asset("DOGE").kind()).isEqualTo(AssetKind.CRYPTO);
        assertThat(catalog.asset("BTC")).isSameAs(Asset.BTC);
        assertThat(catalog.assets()).hasSize(10);
        assertThat(standard.contains("USDC")).isFalse();
    }

    @Test
    void configuring_a_documented_crypto_again_changes_nothing() {
        AssetCatalog catalog = AssetCatalog.withExtraCrypto(Set.of("btc"));
        assertThat(catalog.assets()).hasSize(8);
        assertThat(catalog.asset("BTC")).isSameAs(Asset.BTC);
    }

    @Test
    void an_extra_crypto_asset_cannot_reuse_a_fiat_code() {
        assertRefused(() -> AssetCatalog.withExtraCrypto(Set.of("usd")), "extraCryptoAssets", "conflict");
    }

    @Test
    void an_extra_crypto_asset_needs_a_valid_code() {
        assertRefused(() -> AssetCatalog.withExtraCrypto(Set.of("US-DC")), "extraCryptoAssets", "pattern");
        assertRefused(() -> AssetCatalog.withExtraCrypto(Set.of("")), "extraCryptoAssets", "pattern");
        Set<String> withNull = new HashSet<>();
        withNull.add(null);
        assertRefused(() -> AssetCatalog.withExtraCrypto(withNull), "extraCryptoAssets", "pattern");
        assertThatThrownBy(() -> AssetCatalog.withExtraCrypto(null)).isInstanceOf(NullPointerException.class);
    }
}
