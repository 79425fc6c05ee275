package com.cpay.platform.sandbox.state;

import com.cpay.platform.sandbox.rules.Networks;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class WalletsTest {

    @Test
    void addresses_are_stable_per_user_and_network_and_plausible() throws Exception {
        String btc = Wallets.address("m", "u", Networks.BITCOIN);
        String tron = Wallets.address("m", "u", Networks.TRON);
        String eth = Wallets.address("m", "u", Networks.ETHEREUM);
        String bsc = Wallets.address("m", "u", Networks.BSC);

        assertThat(Wallets.address("m", "u", Networks.BITCOIN)).isEqualTo(btc);
        assertThat(Wallets.address("m", "v", Networks.BITCOIN)).isNotEqualTo(btc);
        assertThat(btc).startsWith("3").hasSize(34);
        assertThat(tron).startsWith("T").hasSize(34);
        assertThat(eth).matches("0x[0-9a-f]{40}");
        assertThat(bsc).matches("0x[0-9a-f]{40}").isNotEqualTo(eth);
        assertThat(base58CheckVersion(btc)).isEqualTo(0x05);
        assertThat(base58CheckVersion(tron)).isEqualTo(0x41);
    }

    @Test
    void order_ids_and_trace_ids_look_like_c_pay_ones() {
        assertThat(Ids.orderId()).matches("[0-9]{18}014");
        assertThat(Ids.traceId()).matches("[0-9]{12}X[0-9]{7}");
        assertThat(Ids.hash(Networks.ETHEREUM)).matches("0x[0-9a-f]{64}");
    }

    /** Decodes Base58Check independently and checks the checksum; returns the version byte. */
    private static int base58CheckVersion(String address) throws Exception {
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        BigInteger value = BigInteger.ZERO;
        for (char c : address.toCharArray()) {
            value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(alphabet.indexOf(c)));
        }
        byte[] raw = value.toByteArray();
        byte[] bytes = raw.length == 26 ? Arrays.copyOfRange(raw, 1, 26) : raw;
        assertThat(bytes).hasSize(25);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] check = sha.digest(sha.digest(Arrays.copyOf(bytes, 21)));
        assertThat(Arrays.copyOfRange(bytes, 21, 25)).isEqualTo(Arrays.copyOf(check, 4));
        return bytes[0] & 0xFF;
    }
}
