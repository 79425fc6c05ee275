package com.cpay.platform.domain.payout;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CryptoAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"})
    void a_payout_to_a_plausible_bitcoin_address_is_accepted(String address) {
        assertThat(new CryptoAddress(Network.BITCOIN, address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0",
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNI", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNO",
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNl",
        "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdb",
        "tb1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "0x52908400098527886E0F7030069857D2E4169EE7",
        "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8"})
    void a_payout_to_an_implausible_bitcoin_address_is_refused(String address) {
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, address), "toAddress", "address-format");
    }

    @Test
    void a_bitcoin_address_has_the_length_of_its_kind() {
        assertThat(new CryptoAddress(Network.BITCOIN, "1" + "1".repeat(25)).value()).hasSize(26);
        assertThat(new CryptoAddress(Network.BITCOIN, "3" + "z".repeat(34)).value()).hasSize(35);
        assertThat(new CryptoAddress(Network.BITCOIN, "bc1" + "q".repeat(11)).value()).hasSize(14);
        assertThat(new CryptoAddress(Network.BITCOIN, "bc1" + "q".repeat(71)).value()).hasSize(74);
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, "1" + "1".repeat(24)), "toAddress", "address-format");
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, "3" + "z".repeat(35)), "toAddress", "address-format");
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, "bc1" + "q".repeat(10)), "toAddress", "address-format");
        assertRefused(() -> new CryptoAddress(Network.BITCOIN, "bc1" + "q".repeat(72)), "toAddress", "address-format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x52908400098527886E0F7030069857D2E4169EE7", "0xde709f2102306220921060314715629080e2fb77"})
    void a_payout_to_an_ethereum_or_bsc_address_is_accepted(String address) {
        assertThat(new CryptoAddress(Network.ETHEREUM, address).value()).isEqualTo(address);
        assertThat(new CryptoAddress(Network.BSC, address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886E0F7030069857D2E4169EE",
        "0x52908400098527886E0F7030069857D2E4169EE77", "0X52908400098527886E0F7030069857D2E4169EE7",
        "0x52908400098527886E0F7030069857D2E4169EG7", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8"})
    void a_payout_to_an_implausible_ethereum_or_bsc_address_is_refused(String address) {
        assertRefused(() -> new CryptoAddress(Network.ETHEREUM, address), "toAddress", "address-format");
        assertRefused(() -> new CryptoAddress(Network.BSC, address), "toAddress", "address-format");
    }

    @Test
    void a_payout_to_a_tron_address_is_accepted() {
        assertThat(new CryptoAddress(Network.TRON, "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8").value())
                .isEqualTo("TJRabPrwbZy45sbavfcjinPJC18kjpRTv8");
        assertThat(new CryptoAddress(Network.of("TRON"), "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8").network())
                .isEqualTo(Network.TRON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TJRabPrwbZy45sbavfcjinPJC18kjpRTv", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv88",
        "AJRabPrwbZy45sbavfcjinPJC18kjpRTv8", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv0",
        "0x52908400098527886E0F7030069857D2E4169EE7"})
    void a_payout_to_an_implausible_tron_address_is_refused(String address) {
        assertRefused(() -> new CryptoAddress(Network.TRON, address), "toAddress", "address-format");
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
}
