package com.cpay.platform.domain.payout.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * EIP-55 mixed-case checksums of Ethereum (and BSC) addresses: a hex letter is upper case exactly when the
 * matching nibble of Keccak-256 over the lower-case hex text is 8 or more. An address written all in lower or
 * all in upper case carries no checksum, and EIP-55 leaves it valid.
 */
final class Eip55 {

    private Eip55() {
    }

    /** The EIP-55 spelling of 40 hexadecimal digits (without {@code 0x}). */
    static String checksummed(String hexDigits) {
        String lower = hexDigits.toLowerCase(Locale.ROOT);
        byte[] hash = Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII));
        StringBuilder spelled = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            int nibble = (hash[i / 2] >>> (i % 2 == 0 ? 4 : 0)) & 0xF;
            spelled.append(nibble >= 8 ? Character.toUpperCase(lower.charAt(i)) : lower.charAt(i));
        }
        return spelled.toString();
    }

    /** Whether the digits are in one case (no checksum) or carry the right checksum. */
    static boolean isValid(String hexDigits) {
        return hexDigits.equals(hexDigits.toLowerCase(Locale.ROOT))
                || hexDigits.equals(hexDigits.toUpperCase(Locale.ROOT))
                || hexDigits.equals(checksummed(hexDigits));
    }
}
