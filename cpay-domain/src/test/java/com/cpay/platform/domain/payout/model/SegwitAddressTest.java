package com.cpay.platform.domain.payout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Segwit addresses against the "v0-v16 native segregated witness addresses" vectors of BIP-350 and BIP-173. */
class SegwitAddressTest {

    @ParameterizedTest
    @CsvSource({
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4, 0014751e76e8199196d454941c45d1b3a323f1433bd6",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7, "
                + "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262",
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y, "
                + "5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6",
        "BC1SW50QGDZ25J, 6002751e",
        "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs, 5210751e76e8199196d454941c45d1b3a323",
        "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy, "
                + "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433",
        "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c, "
                + "5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0, "
                + "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"})
    void a_valid_address_gives_the_published_script_pub_key(String address, String scriptPubKey) {
        SegwitAddress decoded = SegwitAddress.decode(hrpOf(address), address);

        // scriptPubKey: OP_0 or OP_1..OP_16 (0x51..0x60), the program's length, the program
        int opcode = decoded.version() == 0 ? 0 : 0x50 + decoded.version();
        String script = HexFormat.of().toHexDigits((byte) opcode) + HexFormat.of().toHexDigits((byte) decoded.program().length)
                + HexFormat.of().formatHex(decoded.program());
        assertThat(script).isEqualTo(scriptPubKey);
    }

    @ParameterizedTest
    @CsvSource({
        // BIP-350
        "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut, bc, FORMAT",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd, bc, WITNESS_ENCODING",
        "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf, tb, WITNESS_ENCODING",
        "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL, bc, WITNESS_ENCODING",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh, bc, WITNESS_ENCODING",
        "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47, tb, WITNESS_ENCODING",
        "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4, bc, FORMAT",
        "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R, bc, WITNESS_ENCODING",
        "bc1pw5dgrnzv, bc, WITNESS_ENCODING",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav, bc, WITNESS_ENCODING",
        "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P, bc, WITNESS_ENCODING",
        "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq, tb, FORMAT",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf, bc, WITNESS_ENCODING",
        "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j, tb, WITNESS_ENCODING",
        "bc1gmk9yu, bc, WITNESS_ENCODING",
        // BIP-173 (those not repeated above)
        "tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty, bc, FORMAT",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5, bc, CHECKSUM",
        "BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2, bc, WITNESS_ENCODING",
        "bc1rw5uspcuh, bc, WITNESS_ENCODING",
        "bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90, bc, WITNESS_ENCODING",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7, tb, FORMAT",
        "tb1pw508d6qejxtdg4y5r3zarqfsj6c3, tb, WITNESS_ENCODING",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv, tb, WITNESS_ENCODING",
        "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du, bc, WITNESS_ENCODING",
        // BIP-173's own v1+ examples are Bech32: refused since BIP-350 moved v1+ to Bech32m
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx, bc, WITNESS_ENCODING",
        "BC1SW50QA3JX3S, bc, WITNESS_ENCODING",
        "bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj, bc, WITNESS_ENCODING"})
    void an_invalid_address_is_refused_for_its_reason(String address, String hrp, AddressFault fault) {
        assertThatThrownBy(() -> SegwitAddress.decode(hrp, address))
                .isInstanceOfSatisfying(AddressFault.AddressRefused.class, e -> assertThat(e.fault()).isEqualTo(fault));
    }

    @ParameterizedTest
    @CsvSource({"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4, tb",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7, bc"})
    void an_address_of_another_network_is_a_format_fault(String address, String hrp) {
        assertThatThrownBy(() -> SegwitAddress.decode(hrp, address)).isInstanceOfSatisfying(
                AddressFault.AddressRefused.class, e -> assertThat(e.fault()).isEqualTo(AddressFault.FORMAT));
    }

    private static String hrpOf(String address) {
        return address.substring(0, 2).toLowerCase(Locale.ROOT);
    }
}
