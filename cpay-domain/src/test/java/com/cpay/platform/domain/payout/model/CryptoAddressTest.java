package com.cpay.platform.domain.payout.model;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CryptoAddressTest {

    private static final byte[] ZERO_HASH = new byte[20];

    @ParameterizedTest
    @ValueSource(strings = {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
        "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297",
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
        "bc1sw50qgdz25j", "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs"})
    void a_payout_to_a_valid_bitcoin_address_is_accepted(String address) {
        assertThat(new CryptoAddress(Network.BITCOIN, address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0",
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNI", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNO",
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNl",
        // lower case only, as wallets show bech32; testnet and other chains' prefixes are refused
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8F3t4",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
        "tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty", "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4",
        "0x52908400098527886E0F7030069857D2E4169EE7", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8"})
    void a_payout_to_a_string_that_is_no_bitcoin_address_is_refused_for_its_format(String address) {
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, address), "toAddress", "address-format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz",
        // the C-Pay document's deposit example (s.3): its checksum is wrong
        "3Dj8spQNdFUXRP1T91egJx8ZhFdc6QECsa",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp"})
    void a_payout_to_a_bitcoin_address_with_a_mistyped_character_is_refused_for_its_checksum(String address) {
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, address), "toAddress", "address-checksum");
    }

    @Test
    void a_base58_bitcoin_address_has_the_length_of_a_version_a_hash_and_a_checksum() {
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, "1" + "1".repeat(24)), "toAddress", "address-format");
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, "3" + "z".repeat(35)), "toAddress", "address-format");
        // 26 ones are 26 zero bytes: the right length for the pattern, but no checksum of the first 22
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, "1".repeat(26)), "toAddress", "address-checksum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", "bc1pw5dgrnzv", "bc1qr508d6qejxtdg4y5r3zarvaryv98gj9p",
        "bc130xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq7zws8r",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf", "bc1gmk9yu",
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx"})
    void a_payout_to_a_segwit_address_whose_version_program_and_encoding_disagree_is_refused(String address) {
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, address), "toAddress", "witness-encoding");
    }

    @Test
    void a_payout_to_a_bitcoin_address_of_an_all_zero_hash_or_program_is_refused() {
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, "1111111111111111111114oLvT2"), "toAddress",
                "zero-address");
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, AddressWriter.base58Check(0x05, ZERO_HASH)), "toAddress",
                "zero-address");
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, AddressWriter.segwit("bc", 0, ZERO_HASH)), "toAddress",
                "zero-address");
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, AddressWriter.segwit("bc", 1, new byte[32])),
                "toAddress", "zero-address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
        "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED"})
    void a_payout_to_an_ethereum_or_bsc_address_in_one_case_or_with_its_eip55_checksum_is_accepted(String address) {
        assertThat(new CryptoAddress(Network.ETHEREUM, address).value()).isEqualTo(address);
        assertThat(new CryptoAddress(Network.BSC, address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886E0F7030069857D2E4169EE",
        "0x52908400098527886E0F7030069857D2E4169EE77", "0X52908400098527886E0F7030069857D2E4169EE7",
        "0x52908400098527886E0F7030069857D2E4169EG7", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8"})
    void a_payout_to_a_string_that_is_no_ethereum_or_bsc_address_is_refused_for_its_format(String address) {
        assertRefused(() -> new CryptoAddress(Network.ETHEREUM, address), "toAddress", "address-format");
        assertRefused(() -> new CryptoAddress(Network.BSC, address), "toAddress", "address-format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAee",
        "0xfB6916095cA1df60bB79Ce92cE3Ea74c37c5d359", "0x52908400098527886E0F7030069857D2E4169eE7"})
    void a_payout_to_a_mixed_case_ethereum_or_bsc_address_with_a_broken_eip55_checksum_is_refused(String address) {
        assertRefused(() -> new CryptoAddress(Network.ETHEREUM, address), "toAddress", "address-checksum");
        assertRefused(() -> new CryptoAddress(Network.BSC, address), "toAddress", "address-checksum");
    }

    @Test
    void a_payout_to_the_ethereum_or_bsc_zero_address_is_refused() {
        String zero = "0x" + "0".repeat(40);
        assertRefused(() -> new CryptoAddress(Network.ETHEREUM, zero), "toAddress", "zero-address");
        assertRefused(() -> new CryptoAddress(Network.BSC, zero), "toAddress", "zero-address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TJRabPrwbZy45sbavfcjinPJC18kjpRTv8", "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw",
        "TLVHRkzWNhPU24c6A512oM3LaQK9jFvWGq"})
    void a_payout_to_a_valid_tron_address_is_accepted(String address) {
        assertThat(new CryptoAddress(Network.TRON, address).value()).isEqualTo(address);
        assertThat(new CryptoAddress(Network.of("TRON"), address).network()).isEqualTo(Network.TRON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TJRabPrwbZy45sbavfcjinPJC18kjpRTv", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv88",
        "AJRabPrwbZy45sbavfcjinPJC18kjpRTv8", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv0",
        "0x52908400098527886E0F7030069857D2E4169EE7", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"})
    void a_payout_to_a_string_that_is_no_tron_address_is_refused_for_its_format(String address) {
        assertRefused(() -> new CryptoAddress(Network.TRON, address), "toAddress", "address-format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TJRabPrwbZy45sbavfcjinPJC18kjpRTv9", "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnW",
        "TRMYtLHzmTeMm1FW86LZh2LGnE2D7KJnnw", "TBLockedAddressForSandboxTests1111"})
    void a_payout_to_a_tron_address_with_a_mistyped_character_is_refused_for_its_checksum(String address) {
        assertRefused(() -> new CryptoAddress(Network.TRON, address), "toAddress", "address-checksum");
    }

    @Test
    void a_payout_to_the_tron_zero_address_is_refused() {
        assertRefused(() -> new CryptoAddress(Network.TRON, "T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb"), "toAddress",
                "zero-address");
    }

    @Test
    void a_base58check_address_of_another_version_is_refused_for_its_format() {
        // valid Base58Check, but a Bitcoin hash under TRON's version and a TRON hash under Bitcoin's
        byte[] hash = new byte[20];
        hash[19] = 1;
        assertRefused(() -> new CryptoAddress(Network.TRON, AddressWriter.base58Check(0x42, hash)), "toAddress",
                "address-format");
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, AddressWriter.base58Check(0x06, hash)), "toAddress",
                "address-format");
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, AddressWriter.base58Check(0x00, new byte[21])),
                "toAddress", "address-format");
    }

    @Test
    void an_address_on_an_unknown_network_only_needs_to_be_one_word() {
        Network solana = Network.of("Solana");
        assertThat(new CryptoAddress(solana, "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV").value())
                .isEqualTo("7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV");
        assertThat(new CryptoAddress(solana, "x".repeat(128)).value()).hasSize(128);
        assertRefused(() -> new CryptoAddress(solana, "x".repeat(129)), "toAddress", "max-length");
        assertRefused(() -> new CryptoAddress(solana, "abc def"), "toAddress", "address-format");
        assertRefused(() -> new CryptoAddress(solana, " abc"), "toAddress", "address-format");
        assertRefused(() -> new CryptoAddress(solana, "abc\u00a0def"), "toAddress", "address-format");
    }

    @Test
    void an_address_is_required_and_prints_as_itself() {
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, null), "toAddress", "required");
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, ""), "toAddress", "required");
        assertRefused(() -> new CryptoAddress(Network.of("X"), "a\tb"), "toAddress", "control-character");
        assertThatThrownBy(() -> new CryptoAddress(null, "abc")).isInstanceOf(NullPointerException.class);
        assertThat(new CryptoAddress(Network.TRON, "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8"))
                .hasToString("TJRabPrwbZy45sbavfcjinPJC18kjpRTv8");
    }

    @Test
    void a_refusal_names_the_rule_but_never_repeats_the_address() {
        var refused = assertRefused(() -> new CryptoAddress(Network.TRON, "TJRabPrwbZy45sbavfcjinPJC18kjpRTv9"),
                "toAddress", "address-checksum");
        assertThat(refused.getMessage()).doesNotContain("TJRabPrwbZy45sbavfcjinPJC18kjpRTv9").contains("TRON(TRC-20)");
    }
}
