package com.cpay.platform.domain.payout.model;

import java.util.Arrays;

/**
 * A native segwit address: a Bech32/Bech32m string whose first value is the witness version and whose other
 * values are the witness program regrouped from 5 to 8 bits (BIP-173 "Segwit address format", as amended by
 * BIP-350: version 0 in Bech32, versions 1 to 16 in Bech32m).
 *
 * @param version the witness version, 0 to 16
 * @param program the witness program, 2 to 40 bytes (20 or 32 for version 0)
 */
record SegwitAddress(int version, byte[] program) {

    static final int MAX_VERSION = 16;
    static final int MIN_PROGRAM = 2;
    static final int MAX_PROGRAM = 40;

    /**
     * Reads a segwit address for the network whose human-readable part is {@code hrp}.
     *
     * @throws AddressFault.AddressRefused {@code FORMAT} or {@code CHECKSUM} from {@link Bech32#decode}, and
     *                                     {@code FORMAT} for another network's human-readable part;
     *                                     {@code WITNESS_ENCODING} for an empty data part, a version above 16,
     *                                     padding of more than 4 bits or not zero, a program outside 2-40 bytes
     *                                     (20 or 32 for version 0), or the wrong variant for the version
     */
    static SegwitAddress decode(String hrp, String text) {
        Bech32.Decoded decoded = Bech32.decode(text);
        if (!decoded.hrp().equals(hrp)) {
            throw AddressFault.FORMAT.refused();
        }
        int[] data = decoded.data();
        if (data.length == 0 || data[0] > MAX_VERSION) {
            throw AddressFault.WITNESS_ENCODING.refused();
        }
        int version = data[0];
        byte[] program = eightBitGroups(Arrays.copyOfRange(data, 1, data.length));
        boolean lengthFits = version == 0
                ? program.length == 20 || program.length == 32
                : program.length >= MIN_PROGRAM && program.length <= MAX_PROGRAM;
        Bech32.Variant expected = version == 0 ? Bech32.Variant.BECH32 : Bech32.Variant.BECH32M;
        if (!lengthFits || decoded.variant() != expected) {
            throw AddressFault.WITNESS_ENCODING.refused();
        }
        return new SegwitAddress(version, program);
    }

    /** The 5-bit values as bytes; the incomplete group at the end must be at most 4 bits, all zero. */
    private static byte[] eightBitGroups(int[] fiveBitValues) {
        byte[] bytes = new byte[fiveBitValues.length * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int next = 0;
        for (int value : fiveBitValues) {
            buffer = buffer << 5 | value;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                bytes[next++] = (byte) (buffer >>> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        if (bits > 4 || buffer != 0) {
            throw AddressFault.WITNESS_ENCODING.refused();
        }
        return bytes;
    }
}
