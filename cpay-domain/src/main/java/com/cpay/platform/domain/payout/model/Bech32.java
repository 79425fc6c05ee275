package com.cpay.platform.domain.payout.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * Bech32 (BIP-173) and Bech32m (BIP-350) strings: a human-readable part, the separator {@code 1} and 5-bit
 * values in the 32-character alphabet, the last six of which are a BCH checksum. The two variants differ only
 * in the constant the checksum must leave: 1 for Bech32, {@code 0x2bc830a3} for Bech32m.
 *
 * <p>Why our own: the algorithm is forty lines of integer arithmetic fully given in BIP-173 and BIP-350, and the
 * domain depends on the JDK only (a Bitcoin library would be megabytes). Written from the two BIPs; pinned by
 * their published valid and invalid vectors in {@code Bech32Test}.
 */
final class Bech32 {

    static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    static final int CHECKSUM_LENGTH = 6;
    static final int MAX_LENGTH = 90;
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    /** Which checksum constant a string carries. */
    enum Variant {
        BECH32(1), BECH32M(0x2bc830a3);

        final int constant;

        Variant(int constant) {
            this.constant = constant;
        }
    }

    /**
     * A checked string.
     *
     * @param hrp     the human-readable part, lower case
     * @param data    the 5-bit values between separator and checksum
     * @param variant the checksum constant that matched
     */
    record Decoded(String hrp, int[] data, Variant variant) {
    }

    private Bech32() {
    }

    /**
     * Reads a Bech32 or Bech32m string.
     *
     * @throws AddressFault.AddressRefused {@code FORMAT} for more than 90 characters, a character outside
     *                                     US-ASCII 33-126, mixed case, no separator, an empty human-readable
     *                                     part, fewer than six checksum characters or a data character outside
     *                                     the alphabet; {@code CHECKSUM} when neither constant matches
     */
    static Decoded decode(String text) {
        if (text.length() > MAX_LENGTH || text.chars().anyMatch(c -> c < 33 || c > 126)
                || !text.equals(text.toLowerCase(Locale.ROOT)) && !text.equals(text.toUpperCase(Locale.ROOT))) {
            throw AddressFault.FORMAT.refused();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int separator = lower.lastIndexOf('1');
        if (separator < 1 || separator + 1 + CHECKSUM_LENGTH > lower.length()) {
            throw AddressFault.FORMAT.refused();
        }
        String hrp = lower.substring(0, separator);
        int[] values = new int[lower.length() - separator - 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = CHARSET.indexOf(lower.charAt(separator + 1 + i));
            if (values[i] < 0) {
                throw AddressFault.FORMAT.refused();
            }
        }
        int residue = polymod(expandHrp(hrp), values);
        Variant variant = Arrays.stream(Variant.values()).filter(v -> v.constant == residue).findFirst()
                .orElseThrow(AddressFault.CHECKSUM::refused);
        return new Decoded(hrp, Arrays.copyOf(values, values.length - CHECKSUM_LENGTH), variant);
    }

    /** The BCH checksum's remainder over the values of every part, in order (BIP-173 {@code bech32_polymod}). */
    static int polymod(int[]... parts) {
        int checksum = 1;
        for (int[] part : parts) {
            for (int value : part) {
                int top = checksum >>> 25;
                checksum = (checksum & 0x1ffffff) << 5 ^ value;
                for (int i = 0; i < GENERATOR.length; i++) {
                    if ((top >>> i & 1) != 0) {
                        checksum ^= GENERATOR[i];
                    }
                }
            }
        }
        return checksum;
    }

    /** The human-readable part as the checksum sees it: high bits of each character, 0, low bits of each. */
    static int[] expandHrp(String hrp) {
        int[] expanded = new int[hrp.length() * 2 + 1];
        for (int i = 0; i < hrp.length(); i++) {
            expanded[i] = hrp.charAt(i) >>> 5;
            expanded[hrp.length() + 1 + i] = hrp.charAt(i) & 31;
        }
        return expanded;
    }
}
