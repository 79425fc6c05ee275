package com.cpay.platform.domain.money;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssetTest {

    @Test
    void the_documented_crypto_assets_have_8_decimals() {
        for (Asset a : List.of(Asset.BTC, Asset.ETH, Asset.USDT, Asset.TRX, Asset.BNB)) {
            assertThat(a.scale()).isEqualTo(8);
            assertThat(a.kind()).isEqualTo(AssetKind.CRYPTO);
            assertThat(a.isCrypto()).isTrue();
            assertThat(a.isFiat()).isFalse();
        }
        assertThat(List.of(Asset.BTC, Asset.ETH, Asset.USDT, Asset.TRX, Asset.BNB)).extracting(Asset::code)
                .containsExactly("BTC", "ETH", "USDT", "TRX", "BNB");
    }

    @Test
    void the_documented_fiat_currencies_have_2_decimals() {
        for (Asset a : List.of(Asset.USD, Asset.EUR, Asset.BRL)) {
            assertThat(a.scale()).isEqualTo(2);
            assertThat(a.kind()).isEqualTo(AssetKind.FIAT);
            assertThat(a.isFiat()).isTrue();
            assertThat(a.isCrypto()).isFalse();
        }
        assertThat(List.of(Asset.USD, Asset.EUR, Asset.BRL)).extracting(Asset::code)
                .containsExactly("USD", "EUR", "BRL");
    }

    @Test
    void other_assets_are_built_with_the_scale_of_their_kind() {
        assertThat(Asset.fiat("GBP")).isEqualTo(new Asset("GBP", 2, AssetKind.FIAT));
        assertThat(Asset.crypto("SOL")).isEqualTo(new Asset("SOL", 8, AssetKind.CRYPTO));
    }

    @Test
    void an_asset_prints_as_its_code() {
        assertThat(Asset.USDT).hasToString("USDT");
    }

    @Test
    void an_asset_code_is_upper_case_letters_or_digits_up_to_16() {
        assertThat(Asset.crypto("A".repeat(16)).code()).hasSize(16);
        assertThat(Asset.crypto("1INCH").code()).isEqualTo("1INCH");
        assertRefused(() -> Asset.crypto("A".repeat(17)), "asset", "pattern");
        assertRefused(() -> Asset.crypto("usdt"), "asset", "pattern");
        assertRefused(() -> Asset.crypto(""), "asset", "pattern");
        assertRefused(() -> Asset.crypto(null), "asset", "pattern");
        assertRefused(() -> Asset.crypto("US DT"), "asset", "pattern");
    }

    @Test
    void an_asset_scale_is_between_0_and_18() {
        assertThat(new Asset("JPY", 0, AssetKind.FIAT).scale()).isZero();
        assertThat(new Asset("X", 18, AssetKind.CRYPTO).scale()).isEqualTo(18);
        assertThatThrownBy(() -> new Asset("X", -1, AssetKind.CRYPTO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Asset("X", 19, AssetKind.CRYPTO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Asset("X", 2, null)).isInstanceOf(NullPointerException.class);
    }
}
