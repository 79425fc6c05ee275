package com.cpay.platform.domain.money;

import com.cpay.platform.domain.shared.ValidationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The assets this installation accepts: the ones C-Pay documents (BTC, ETH, USDT, TRX, BNB; USD, EUR, BRL)
 * plus any crypto codes configured, because C-Pay lists coins "e.g." and adds new ones without notice.
 * Immutable.
 */
public final class AssetCatalog {

    /** Rule word: the code names no asset of this catalog. */
    public static final String UNKNOWN_ASSET = "unknown-asset";

    private static final List<Asset> DOCUMENTED = List.of(
            Asset.BTC, Asset.ETH, Asset.USDT, Asset.TRX, Asset.BNB, Asset.USD, Asset.EUR, Asset.BRL);

    private final Map<String, Asset> byCode;

    private AssetCatalog(Map<String, Asset> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The assets the C-Pay document names. */
    public static AssetCatalog standard() {
        return withExtraCrypto(Set.of());
    }

    /**
     * The documented assets plus extra crypto coins (8 decimals) from configuration. Codes are upper-cased;
     * a code already known as crypto is accepted as is, one that names a fiat currency is refused.
     *
     * @throws ValidationException field {@code extraCryptoAssets}, rule {@code pattern} or {@code conflict}
     */
    public static AssetCatalog withExtraCrypto(Set<String> codes) {
        Objects.requireNonNull(codes, "codes");
        Map<String, Asset> byCode = new LinkedHashMap<>();
        DOCUMENTED.forEach(a -> byCode.put(a.code(), a));
        for (String raw : codes) {
            String code = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
            Asset extra;
            try {
                extra = Asset.crypto(code);
            } catch (ValidationException e) {
                throw ValidationException.of("extraCryptoAssets", "pattern",
                        "an extra crypto asset code is 1 to 16 letters or digits");
            }
            Asset known = byCode.putIfAbsent(code, extra);
            if (known != null && known.isFiat()) {
                throw ValidationException.of("extraCryptoAssets", "conflict",
                        "an extra crypto asset must not reuse the code of a fiat currency");
            }
        }
        return new AssetCatalog(byCode);
    }

    /**
     * The asset with this code (case-insensitive, since configuration and callers may write {@code usdt}).
     *
     * @throws ValidationException field {@code asset}, rule {@code unknown-asset} or {@code required}
     */
    public Asset asset(String code) {
        return asset("asset", code);
    }

    /**
     * The asset with this code, errors naming {@code field} (e.g. {@code cryptoCurrency}).
     *
     * @throws ValidationException rule {@code unknown-asset} or {@code required}
     */
    public Asset asset(String field, String code) {
        if (code == null || code.isBlank()) {
            throw ValidationException.of(field, "required", field + " is required");
        }
        Asset asset = byCode.get(code.toUpperCase(Locale.ROOT));
        if (asset == null) {
            throw ValidationException.of(field, UNKNOWN_ASSET, field + " is not an asset this platform accepts");
        }
        return asset;
    }

    /** Whether this code names an accepted asset (case-insensitive). */
    public boolean contains(String code) {
        return code != null && byCode.containsKey(code.toUpperCase(Locale.ROOT));
    }

    /** Every accepted asset. */
    public Collection<Asset> assets() {
        return byCode.values();
    }
}
