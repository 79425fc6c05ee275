package com.cpay.platform.domain.payout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Base58 and Base58Check against published vectors (Bitcoin Core's base58_encode_decode.json, Bitcoin and TRON docs). */
class Base58CheckTest {

    @ParameterizedTest
    @CsvSource({
        "'', ''",
        "61, 2g",
        "626262, a3gV",
        "636363, aPEr",
        "73696d706c792061206c6f6e6720737472696e67, 2cFupjhnEsSn59qHXstmK2ffpLv2",
        "00eb15231dfceb60925886b67d065299925915aeb172c06647, 1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L",
        "516b6fcd0f, ABnLTmg",
        "bf4f89001e670274dd, 3SEo3LWLoPntC",
        "572e4794, 3EFU7m",
        "ecac89cad93923c02321, EJDM8drfXA6uyA",
        "10c8511e, Rt5zm",
        "00000000000000000000, 1111111111",
        "000111d38e5fc9071ffcd20b4a763cc9ae4f252bb4e48fd66a835e252ada93ff480d6dd43dc62a641155a5, "
                + "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
        "271F359E, zzzzy",
        "271F359F, zzzzz",
        "271F35A0, 211111",
        "271F35A1, 211112"})
    void base58_text_decodes_to_the_published_bytes(String hex, String text) {
        assertThat(HexFormat.of().formatHex(Base58Check.decodeBase58(text))).isEqualToIgnoringCase(hex);
    }

    @ParameterizedTest
    @CsvSource({
        // the genesis block's address; the Bitcoin wiki's P2SH and version-1 examples
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, 0062e907b15cbf27d5425399ebf6f0fb50ebb88f18",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy, 05b472a266d0bd89c13706a4132ccfb16f7c3b9fcb",
        "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM, 00010966776006953d5567439e5e39f86a0d273bee",
        // TronWeb's documented example: hex 41 5cbd...07fb
        "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8, 415cbdd86a2fa8dc4bddd8a8f69dba48572eec07fb",
        "T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb, 410000000000000000000000000000000000000000"})
    void base58check_gives_version_and_hash_without_the_checksum(String text, String hex) {
        assertThat(HexFormat.of().formatHex(Base58Check.decode(text))).isEqualTo(hex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv9", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN",
        "3Dj8spQNdFUXRP1T91egJx8ZhFdc6QECsa"})
    void a_wrong_checksum_is_refused_as_a_checksum_fault(String text) {
        assertThatThrownBy(() -> Base58Check.decode(text)).isInstanceOfSatisfying(AddressFault.AddressRefused.class,
                e -> assertThat(e.fault()).isEqualTo(AddressFault.CHECKSUM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1111", "2g", "0A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "IA1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNl", "1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf Na"})
    void text_outside_the_alphabet_or_shorter_than_a_checksum_is_refused_as_a_format_fault(String text) {
        assertThatThrownBy(() -> Base58Check.decode(text)).isInstanceOfSatisfying(AddressFault.AddressRefused.class,
                e -> assertThat(e.fault()).isEqualTo(AddressFault.FORMAT));
    }
}
