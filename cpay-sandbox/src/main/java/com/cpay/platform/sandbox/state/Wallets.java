package com.cpay.platform.sandbox.state;

import com.cpay.platform.sandbox.rules.Networks;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Deposit addresses derived from (merchant, user, network), so the same user always gets the same address
 * and addresses look right for their network: Bitcoin P2SH ({@code 3...}, Base58Check), TRON ({@code T...},
 * Base58Check), Ethereum and BSC ({@code 0x} + 40 hex, distinct per network). They are not real keys.
 */
public final class Wallets {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private Wallets() {
    }

    public static String address(String merchantId, String userId, String network) {
        byte[] seed = sha256((merchantId + "|" + userId + "|" + network).getBytes(StandardCharsets.UTF_8));
        byte[] body = Arrays.copyOf(seed, 20);
        return switch (network) {
            case Networks.BITCOIN -> base58Check((byte) 0x05, body);
            case Networks.TRON -> base58Check((byte) 0x41, body);
            default -> "0x" + HexFormat.of().formatHex(body);
        };
    }

    private static String base58Check(byte version, byte[] body) {
        byte[] payload = new byte[1 + body.length + 4];
        payload[0] = version;
        System.arraycopy(body, 0, payload, 1, body.length);
        byte[] checksum = sha256(sha256(Arrays.copyOf(payload, 1 + body.length)));
        System.arraycopy(checksum, 0, payload, 1 + body.length, 4);
        StringBuilder text = new StringBuilder();
        BigInteger value = new BigInteger(1, payload);
        BigInteger base = BigInteger.valueOf(58);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(base);
            text.append(BASE58.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < payload.length && payload[i] == 0; i++) {
            text.append('1');
        }
        return text.reverse().toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
