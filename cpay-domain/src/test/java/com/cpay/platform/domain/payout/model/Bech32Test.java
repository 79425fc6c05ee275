package com.cpay.platform.domain.payout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bech32 and Bech32m strings against the published vectors of BIP-173 and BIP-350 ("Test vectors"). */
class Bech32Test {

    @ParameterizedTest
    @ValueSource(strings = {"A12UEL5L", "a12uel5l",
        "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
        "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w", "?1ezyfcl"})
    void the_valid_bip_173_strings_are_bech32(String text) {
        Bech32.Decoded decoded = Bech32.decode(text);

        assertThat(decoded.variant()).isEqualTo(Bech32.Variant.BECH32);
        assertThat(decoded.hrp()).isEqualTo(text.substring(0, text.lastIndexOf('1')).toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1LQFN3A", "a1lqfn3a",
        "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6",
        "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
        "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8",
        "split1checkupstagehandshakeupstreamerranterredcaperredlc445v", "?1v759aa"})
    void the_valid_bip_350_strings_are_bech32m_and_not_bech32(String text) {
        assertThat(Bech32.decode(text).variant()).isEqualTo(Bech32.Variant.BECH32M);
    }

    static Stream<String> invalidStrings() {
        return Stream.of(
                // BIP-173
                "\u0020" + "1nwldj5", "\u007f" + "1axkwrx", "\u0080" + "1eym55h",
                "an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx",
                "pzry9x0s0muk", "1pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3", "de1lg7wt" + "\u00ff", "A1G7SGD8",
                "10a06t8", "1qzzfhee",
                // BIP-350
                "\u0020" + "1xj0phk", "\u007f" + "1g6xzxy", "\u0080" + "1vctc34",
                "an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4",
                "qyrz8wqd2c9m", "1qyrz8wqd2c9m", "y1b0jsk6g", "lt1igcx5c0", "in1muywd", "mm1crxm3i", "au1s5cgom",
                "M1VUXWEZ", "16plkw9", "1p2gdwpf");
    }

    @ParameterizedTest
    @MethodSource("invalidStrings")
    void the_invalid_bip_173_and_bip_350_strings_are_refused(String text) {
        assertThatThrownBy(() -> Bech32.decode(text)).isInstanceOf(AddressFault.AddressRefused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1G7SGD8", "M1VUXWEZ", "a12uel5m", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxx"})
    void a_checksum_that_matches_neither_constant_is_a_checksum_fault(String text) {
        assertThatThrownBy(() -> Bech32.decode(text)).isInstanceOfSatisfying(AddressFault.AddressRefused.class,
                e -> assertThat(e.fault()).isEqualTo(AddressFault.CHECKSUM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A12uEL5L", "pzry9x0s0muk", "1pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3"})
    void mixed_case_a_missing_part_or_a_foreign_character_is_a_format_fault(String text) {
        assertThatThrownBy(() -> Bech32.decode(text)).isInstanceOfSatisfying(AddressFault.AddressRefused.class,
                e -> assertThat(e.fault()).isEqualTo(AddressFault.FORMAT));
    }
}
