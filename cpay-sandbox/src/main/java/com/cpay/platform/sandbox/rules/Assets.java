package com.cpay.platform.sandbox.rules;

import java.util.Set;

/** The assets the simulator knows and their scale: fiat 2 decimals, crypto 8. */
public final class Assets {

    public static final Set<String> FIAT = Set.of("USD", "EUR", "BRL");
    public static final Set<String> CRYPTO = Set.of("USDT", "BTC", "ETH", "BNB", "TRX");

    private Assets() {
    }

    public static boolean known(String asset) {
        return FIAT.contains(asset) || CRYPTO.contains(asset);
    }

    public static int scale(String asset) {
        return FIAT.contains(asset) ? 2 : 8;
    }

    public static String requireKnown(String parameter, String asset) {
        if (!known(asset)) {
            throw new Rejection(parameter + " " + asset + " is not supported (supported: USDT, BTC, ETH, BNB, TRX, USD, EUR, BRL)");
        }
        return asset;
    }
}
