package com.cpay.platform.domain.payout.model;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Base58Check as Bitcoin and TRON write addresses: the bytes {@code version | hash | checksum} in base 58
 * (alphabet without 0, O, I, l), each leading zero byte written as {@code 1}, and the checksum being the
 * first 4 bytes of SHA-256(SHA-256(version | hash)).
 *
 * <p>Why our own: the JDK has SHA-256 and big integers, which is all this needs; a Bitcoin library (bitcoinj)
 * would pull megabytes and its own dependencies into a domain that depends on the JDK only. Written from
 * the Bitcoin wiki's Base58Check description; pinned by {@code Base58CheckTest} (published vectors).
 */
final class Base58Check {

    static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    static final int CHECKSUM_LENGTH = 4;
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58Check() {
    }

    /**
     * The checked bytes ({@code version | hash}, checksum removed) of a Base58Check text.
     *
     * @throws AddressFault.AddressRefused {@code FORMAT} for a character outside the alphabet or fewer bytes
     *                                     than a checksum; {@code CHECKSUM} when the checksum does not match
     */
    static byte[] decode(String text) {
        byte[] bytes = decodeBase58(text);
        if (bytes.length <= CHECKSUM_LENGTH) {
            throw AddressFault.FORMAT.refused();
        }
        byte[] body = Arrays.copyOf(bytes, bytes.length - CHECKSUM_LENGTH);
        byte[] checksum = Arrays.copyOfRange(bytes, body.length, bytes.length);
        if (!MessageDigest.isEqual(checksum, checksum(body))) {
            throw AddressFault.CHECKSUM.refused();
        }
        return body;
    }

    /** The first 4 bytes of SHA-256(SHA-256(body)). */
    static byte[] checksum(byte[] body) {
        return Arrays.copyOf(sha256(sha256(body)), CHECKSUM_LENGTH);
    }

    /**
     * The bytes a base-58 text stands for, each leading {@code 1} a zero byte.
     *
     * @throws AddressFault.AddressRefused {@code FORMAT} for a character outside the alphabet
     */
    static byte[] decodeBase58(String text) {
        BigInteger value = BigInteger.ZERO;
        int leadingZeros = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw AddressFault.FORMAT.refused();
            }
            if (leading && digit == 0) {
                leadingZeros++;
            } else {
                leading = false;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        // toByteArray adds a zero sign byte when the top bit is set; it is not part of the number
        int signByte = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] bytes = new byte[leadingZeros + magnitude.length - signByte];
        System.arraycopy(magnitude, signByte, bytes, leadingZeros, magnitude.length - signByte);
        return bytes;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
