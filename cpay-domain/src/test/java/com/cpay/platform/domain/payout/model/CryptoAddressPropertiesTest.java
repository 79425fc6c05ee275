package com.cpay.platform.domain.payout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violation;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A payout to a mistyped address is money gone: over generated valid addresses (QuickTheories), changing any
 * one character is refused before anything is sent.
 */
class CryptoAddressPropertiesTest {

    /** Examples per property: QuickTheories' default, fixed here so a QT_EXAMPLES setting cannot weaken it. */
    private static final int EXAMPLES = 1000;
    private static final List<String> ADDRESS_RULES =
            List.of("address-format", "address-checksum", "witness-encoding", "zero-address");

    private record Address(Network network, String text) {
    }

    private record Typo(Address address, int position, char replacement) {

        String typed() {
            String text = address.text();
            return text.substring(0, position) + replacement + text.substring(position + 1);
        }
    }

    @Test
    void changing_any_one_character_of_a_valid_tron_or_bitcoin_address_is_refused() {
        qt().withExamples(EXAMPLES).forAll(typos(Generate.oneOf(tron(), bitcoinBase58(), bitcoinSegwit())))
                .assuming(typo -> typo.address().text().charAt(typo.position()) != typo.replacement())
                .checkAssert(typo -> {
                    Network network = typo.address().network();
                    assertThat(new CryptoAddress(network, typo.address().text()).value()).isEqualTo(typo.address().text());
                    assertRefusedAsAnAddress(network, typo.typed());
                });
    }

    @Test
    void changing_the_case_of_one_letter_of_an_eip55_address_is_refused_unless_it_leaves_a_single_case() {
        qt().withExamples(EXAMPLES).forAll(caseFlips()).checkAssert(typo -> {
            String address = typo.address().text();
            String typed = typo.typed();
            String digits = typed.substring(2);
            assertThat(new CryptoAddress(Network.ETHEREUM, address).value()).isEqualTo(address);
            if (digits.equals(digits.toLowerCase(Locale.ROOT)) || digits.equals(digits.toUpperCase(Locale.ROOT))) {
                // the same address written in one case: EIP-55 carries no checksum there
                assertThat(new CryptoAddress(Network.ETHEREUM, typed).value()).isEqualTo(typed);
            } else {
                assertThatThrownBy(() -> new CryptoAddress(Network.ETHEREUM, typed))
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                                .extracting(Violation::rule).containsExactly("address-checksum"));
            }
        });
    }

    private static void assertRefusedAsAnAddress(Network network, String typed) {
        assertThatThrownBy(() -> new CryptoAddress(network, typed)).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("toAddress");
                    assertThat(e.violations()).extracting(Violation::rule).allMatch(ADDRESS_RULES::contains);
                });
    }

    /** A valid address, a position in it and any printable ASCII character to put there. */
    private static Gen<Typo> typos(Gen<Address> addresses) {
        return addresses.flatMap(address -> Generate.range(0, address.text().length() - 1)
                .zip(Generate.characters('!', '~'), (position, replacement) -> new Typo(address, position, replacement)));
    }

    /** An EIP-55 address and one of its letters in the other case. */
    private static Gen<Typo> caseFlips() {
        Gen<String> withLetters = hashes(20).map(AddressWriter::eip55)
                .assuming(address -> address.substring(2).chars().anyMatch(Character::isLetter));
        return withLetters.flatMap(address -> {
            List<Integer> letters = IntStream.range(2, address.length())
                    .filter(i -> Character.isLetter(address.charAt(i))).boxed().toList();
            return Generate.pick(letters).map(position -> {
                char letter = address.charAt(position);
                char flipped = Character.isUpperCase(letter) ? Character.toLowerCase(letter) : Character.toUpperCase(letter);
                return new Typo(new Address(Network.ETHEREUM, address), position, flipped);
            });
        });
    }

    private static Gen<Address> tron() {
        return hashes(20).map(hash -> new Address(Network.TRON, AddressWriter.base58Check(0x41, hash)));
    }

    private static Gen<Address> bitcoinBase58() {
        return hashes(20).zip(Generate.booleans(), (hash, p2sh) ->
                new Address(Network.BITCOIN, AddressWriter.base58Check(p2sh ? 0x05 : 0x00, hash)));
    }

    /** v0 with 20 or 32 bytes, v1 (Taproot) with 32, or a future version 2-16 with 2 to 40 bytes. */
    private static Gen<Address> bitcoinSegwit() {
        Gen<Address> v0 = Generate.booleans().flatMap(wsh -> hashes(wsh ? 32 : 20))
                .map(program -> new Address(Network.BITCOIN, AddressWriter.segwit("bc", 0, program)));
        Gen<Address> taproot = hashes(32).map(program -> new Address(Network.BITCOIN, AddressWriter.segwit("bc", 1, program)));
        Gen<Address> future = Generate.range(2, 16).zip(Generate.range(2, 40), (version, length) -> new int[] {version, length})
                .flatMap(v -> hashes(v[1]).map(program ->
                        new Address(Network.BITCOIN, AddressWriter.segwit("bc", v[0], program))));
        return Generate.oneOf(v0, taproot, future);
    }

    /** Random bytes, never all zero (an all-zero hash is refused on its own account). */
    private static Gen<byte[]> hashes(int length) {
        return Generate.byteArrays(Generate.constant(length), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
                .map(bytes -> {
                    bytes[length - 1] |= 1;
                    return bytes;
                });
    }
}
