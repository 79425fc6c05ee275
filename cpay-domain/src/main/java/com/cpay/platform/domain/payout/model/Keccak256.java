package com.cpay.platform.domain.payout.model;

import java.util.Arrays;

/**
 * Keccak-256 as Ethereum uses it (the EIP-55 checksum hashes with it): the Keccak-f[1600] permutation of
 * FIPS 202 in a sponge of rate 1088 bits, with the original Keccak padding {@code 0x01 ... 0x80}.
 *
 * <p>Why our own: the JDK has SHA3-256, which is the same permutation but pads with {@code 0x06}, so its
 * digests differ from Keccak-256 on every input. The libraries that offer Keccak (Bouncy Castle, web3j)
 * are megabytes for 60 lines of arithmetic, and the domain depends on the JDK only. Written from FIPS 202
 * and the Keccak reference; the round constants and rotation offsets are computed as the specification
 * defines them rather than copied as tables. Known answers and agreement with the JDK's SHA3-256 (same
 * permutation, its own padding) are pinned by {@code Keccak256Test}.
 */
final class Keccak256 {

    /** 1600-bit state minus the 512-bit capacity, in bytes. */
    private static final int RATE = 136;
    private static final int ROUNDS = 24;
    private static final byte KECCAK_PADDING = 0x01;
    private static final long[] ROUND_CONSTANTS = roundConstants();
    private static final int[] ROTATIONS = rotationOffsets();

    private Keccak256() {
    }

    /** The 32-byte Keccak-256 digest of {@code message}. */
    static byte[] hash(byte[] message) {
        return sponge(message, KECCAK_PADDING);
    }

    /** The sponge with a given first padding byte: {@code 0x01} is Keccak-256, {@code 0x06} SHA3-256. */
    static byte[] sponge(byte[] message, byte firstPaddingByte) {
        int blocks = message.length / RATE + 1;
        byte[] padded = Arrays.copyOf(message, blocks * RATE);
        padded[message.length] ^= firstPaddingByte;
        padded[padded.length - 1] ^= (byte) 0x80;
        long[] state = new long[25];
        for (int block = 0; block < blocks; block++) {
            for (int lane = 0; lane < RATE / 8; lane++) {
                state[lane] ^= littleEndianLong(padded, block * RATE + lane * 8);
            }
            permute(state);
        }
        byte[] digest = new byte[32];
        for (int i = 0; i < digest.length; i++) {
            digest[i] = (byte) (state[i / 8] >>> (8 * (i % 8)));
        }
        return digest;
    }

    /** Keccak-f[1600]; lane (x, y) is {@code a[x + 5y]}. */
    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < ROUNDS; round++) {
            // theta: every bit is xored with the parities of two neighbouring columns
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            // rho and pi: rotate each lane and move (x, y) to (y, 2x + 3y)
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            // chi: the only non-linear step, along rows
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            // iota
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }

    private static long littleEndianLong(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value;
    }

    /**
     * RC[i] has bit 2^j - 1 set to rc(j + 7i), j = 0..6, where rc(t) is the output of the LFSR with
     * polynomial x^8 + x^6 + x^5 + x^4 + 1 started at 1 (FIPS 202, algorithm 5).
     */
    private static long[] roundConstants() {
        long[] constants = new long[ROUNDS];
        int lfsr = 1;
        for (int round = 0; round < ROUNDS; round++) {
            for (int j = 0; j < 7; j++) {
                if ((lfsr & 1) != 0) {
                    constants[round] |= 1L << ((1 << j) - 1);
                }
                lfsr <<= 1;
                if ((lfsr & 0x100) != 0) {
                    lfsr ^= 0x171;
                }
            }
        }
        return constants;
    }

    /**
     * Lane (0, 0) is not rotated; walking (x, y) from (1, 0) by (x, y) -> (y, 2x + 3y), the t-th lane
     * visited rotates by (t + 1)(t + 2) / 2 mod 64 (FIPS 202, algorithm 2).
     */
    private static int[] rotationOffsets() {
        int[] offsets = new int[25];
        int x = 1;
        int y = 0;
        for (int t = 0; t < ROUNDS; t++) {
            offsets[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            int next = (2 * x + 3 * y) % 5;
            x = y;
            y = next;
        }
        return offsets;
    }
}
