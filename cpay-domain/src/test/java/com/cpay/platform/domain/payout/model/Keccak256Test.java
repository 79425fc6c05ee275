package com.cpay.platform.domain.payout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

/** Keccak-256 as Ethereum uses it: known answers, and the same permutation as the JDK's SHA3-256. */
class Keccak256Test {

    /** Examples per property: QuickTheories' default, fixed here so a QT_EXAMPLES setting cannot weaken it. */
    private static final int EXAMPLES = 1000;
    private static final byte SHA3_PADDING = 0x06;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
        "abc|4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
        "The quick brown fox jumps over the lazy dog|4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15"})
    void known_answers_of_keccak_256(String message, String digest) {
        assertThat(hex(Keccak256.hash(message.getBytes(StandardCharsets.US_ASCII)))).isEqualTo(digest);
    }

    @Test
    void keccak_256_is_not_the_jdks_sha3_256() throws Exception {
        // the trap this class exists for: same permutation, other padding, other digest
        assertThat(hex(MessageDigest.getInstance("SHA3-256").digest(new byte[0])))
                .isEqualTo("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")
                .isNotEqualTo(hex(Keccak256.hash(new byte[0])));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 135, 136, 137, 271, 272, 273, 1000})
    void with_sha3_padding_the_sponge_gives_the_jdks_sha3_256_around_block_boundaries(int length) throws Exception {
        byte[] message = new byte[length];
        for (int i = 0; i < length; i++) {
            message[i] = (byte) (i * 31 + 7);
        }
        assertThat(Keccak256.sponge(message, SHA3_PADDING))
                .isEqualTo(MessageDigest.getInstance("SHA3-256").digest(message));
    }

    @Test
    void with_sha3_padding_the_sponge_gives_the_jdks_sha3_256_for_any_message() {
        qt().withExamples(EXAMPLES)
                .forAll(Generate.byteArrays(Generate.range(0, 600), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                .checkAssert(message -> assertThat(Keccak256.sponge(message, SHA3_PADDING))
                        .isEqualTo(sha3(message)));
    }

    private static byte[] sha3(byte[] message) {
        try {
            return MessageDigest.getInstance("SHA3-256").digest(message);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
