package com.cpay.platform.sandbox.state;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers that look like C-Pay's: order ids of 21 digits ({@code yyMMddHHmmss}, 6 digits, {@code 014},
 * like 221116112637772768014), trace ids like 221117074719X9921729, transaction hashes of 64 hex digits.
 */
public final class Ids {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyMMddHHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong SEQUENCE = new AtomicLong(RANDOM.nextInt(1_000_000));
    private static final String ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Ids() {
    }

    public static String orderId() {
        return stamp() + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000) + "014";
    }

    public static String traceId() {
        return stamp() + "X" + String.format("%07d", RANDOM.nextInt(10_000_000));
    }

    /** A transaction hash in the network's usual notation (0x-prefixed on EVM networks). */
    public static String hash(String network) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return network != null && (network.startsWith("Ethereum") || network.startsWith("BSC")) ? "0x" + hex : hex;
    }

    public static String cardStorageId() {
        StringBuilder id = new StringBuilder(18);
        for (int i = 0; i < 18; i++) {
            id.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    private static String stamp() {
        return LocalDateTime.now(ZoneOffset.UTC).format(STAMP);
    }
}
