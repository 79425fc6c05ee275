package com.cpay.platform.domain.money;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A crypto coin or a fiat currency, with the number of decimals C-Pay supports for it.
 *
 * @param code  upper-case code as on the wire, e.g. {@code USDT}, {@code BRL} (1 to 16 letters or digits)
 * @param scale decimals every amount of this asset carries (8 for crypto, 2 for fiat at C-Pay)
 * @param kind  crypto or fiat
 */
@ValueObject
public record Asset(String code, int scale, AssetKind kind) {

    /** Decimals C-Pay supports for crypto amounts ("Support 8 decimals", s.4). */
    public static final int CRYPTO_SCALE = 8;
    /** Decimals of the fiat currencies C-Pay handles (USD, EUR, BRL). */
    public static final int FIAT_SCALE = 2;

    // cryptoCurrency and currency are String(16) on the wire.
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,16}");

    public static final Asset BTC = crypto("BTC");
    public static final Asset ETH = crypto("ETH");
    public static final Asset USDT = crypto("USDT");
    public static final Asset TRX = crypto("TRX");
    public static final Asset BNB = crypto("BNB");
    public static final Asset USD = fiat("USD");
    public static final Asset EUR = fiat("EUR");
    public static final Asset BRL = fiat("BRL");

    public Asset {
        Objects.requireNonNull(kind, "kind");
        if (code == null || !CODE.matcher(code).matches()) {
            throw ValidationException.of("asset", "pattern", "an asset code is 1 to 16 upper-case letters or digits");
        }
        if (scale < 0 || scale > 18) {
            throw new IllegalArgumentException("an asset scale is between 0 and 18");
        }
    }

    /** A crypto asset with C-Pay's 8 decimals. */
    public static Asset crypto(String code) {
        return new Asset(code, CRYPTO_SCALE, AssetKind.CRYPTO);
    }

    /** A fiat currency with 2 decimals. */
    public static Asset fiat(String code) {
        return new Asset(code, FIAT_SCALE, AssetKind.FIAT);
    }

    public boolean isCrypto() {
        return kind == AssetKind.CRYPTO;
    }

    public boolean isFiat() {
        return kind == AssetKind.FIAT;
    }

    @Override
    public String toString() {
        return code;
    }
}
