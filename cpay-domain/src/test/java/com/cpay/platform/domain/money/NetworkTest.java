package com.cpay.platform.domain.money;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkTest {

    @Test
    void the_documented_networks_carry_their_wire_names() {
        assertThat(Network.BITCOIN.wireName()).isEqualTo("Bitcoin");
        assertThat(Network.ETHEREUM.wireName()).isEqualTo("Ethereum(ERC-20)");
        assertThat(Network.TRON.wireName()).isEqualTo("TRON(TRC-20)");
        assertThat(Network.BSC.wireName()).isEqualTo("BSC(BEP-20)");
        assertThat(Network.known()).containsExactly(Network.BITCOIN, Network.ETHEREUM, Network.TRON, Network.BSC);
        assertThat(Network.known()).allMatch(Network::isKnown);
    }

    @ParameterizedTest
    @CsvSource({"Bitcoin,Bitcoin", "bitcoin,Bitcoin", "Ethereum(ERC-20),Ethereum(ERC-20)",
        "ethereum(erc-20),Ethereum(ERC-20)", "TRON(TRC-20),TRON(TRC-20)", "TRON,TRON(TRC-20)", "tron,TRON(TRC-20)",
        "BSC(BEP-20),BSC(BEP-20)", "bsc(bep-20),BSC(BEP-20)"})
    void a_documented_network_is_recognised_leniently(String wire, String canonical) {
        Network network = Network.of(wire);
        assertThat(network.wireName()).isEqualTo(canonical);
        assertThat(network.isKnown()).isTrue();
        assertThat(network).hasToString(canonical);
    }

    @Test
    void the_tron_of_the_order_detail_example_is_the_tron_network() {
        assertThat(Network.of("TRON")).isEqualTo(Network.TRON);
    }

    @Test
    void an_unknown_network_is_kept_raw() {
        Network solana = Network.of("Solana");
        assertThat(solana.wireName()).isEqualTo("Solana");
        assertThat(solana.isKnown()).isFalse();
        assertThat(Network.of("Ethereum").isKnown()).isFalse();
        assertThat(Network.of("BSC").wireName()).isEqualTo("BSC");
    }

    @Test
    void a_network_name_is_required_and_bounded() {
        assertRefused(() -> Network.of(""), "network", "required");
        assertRefused(() -> Network.of(null), "network", "required");
        assertRefused(() -> Network.of("x".repeat(65)), "network", "max-length");
        assertThat(Network.of("x".repeat(64)).wireName()).hasSize(64);
        assertRefused(() -> Network.of("TRON\n"), "network", "control-character");
    }
}
