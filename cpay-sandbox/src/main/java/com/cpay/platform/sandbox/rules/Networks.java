package com.cpay.platform.sandbox.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The four networks of the document, the assets each carries, and what their addresses look like. */
public final class Networks {

    public static final String BITCOIN = "Bitcoin";
    public static final String ETHEREUM = "Ethereum(ERC-20)";
    public static final String TRON = "TRON(TRC-20)";
    public static final String BSC = "BSC(BEP-20)";

    /** In the order of the document's getWalletAddress example. */
    public static final List<String> ALL = List.of(TRON, BSC, ETHEREUM, BITCOIN);

    private static final Map<String, List<String>> ASSETS = Map.of(
            TRON, List.of("USDT", "TRX"),
            BSC, List.of("USDT", "BNB"),
            ETHEREUM, List.of("USDT", "ETH"),
            BITCOIN, List.of("BTC"));

    private static final String BASE58 = "[1-9A-HJ-NP-Za-km-z]";
    private static final Map<String, Pattern> ADDRESS = Map.of(
            BITCOIN, Pattern.compile("([13]" + BASE58 + "{25,34}|bc1[02-9ac-hj-np-z]{11,71})"),
            TRON, Pattern.compile("T" + BASE58 + "{33}"),
            ETHEREUM, Pattern.compile("0x[0-9a-fA-F]{40}"),
            BSC, Pattern.compile("0x[0-9a-fA-F]{40}"));

    private Networks() {
    }

    public static List<String> assetsOf(String network) {
        return ASSETS.getOrDefault(network, List.of());
    }

    /** The network a deposit of this asset arrives on when the payer does not choose (USDT: TRON). */
    public static String defaultNetworkOf(String asset) {
        return switch (asset) {
            case "BTC" -> BITCOIN;
            case "ETH" -> ETHEREUM;
            case "BNB" -> BSC;
            default -> TRON;
        };
    }

    public static void requireCarries(String network, String asset) {
        if (!ASSETS.containsKey(network)) {
            throw new Rejection("network " + network + " is not supported (Bitcoin, Ethereum(ERC-20), TRON(TRC-20), BSC(BEP-20))");
        }
        if (!assetsOf(network).contains(asset)) {
            throw new Rejection("cryptoCurrency " + asset + " is not available on network " + network);
        }
    }

    public static void requireAddress(String parameter, String network, String address) {
        Pattern pattern = ADDRESS.get(network);
        if (pattern == null || address == null || !pattern.matcher(address).matches()) {
            throw new Rejection(parameter + " is not a valid " + network + " address");
        }
    }
}
