package com.cpay.platform.domain.payout.model;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/** Test helper: writes valid addresses from raw bytes, the way wallets do, so properties can use any address. */
final class AddressWriter {

    private AddressWriter() {
    }

    /** Base58Check of a version byte and a hash (Bitcoin P2PKH 0x00, P2SH 0x05, TRON 0x41). */
    static String base58Check(int version, byte[] hash) {
        byte[] body = new byte[hash.length + 1];
        body[0] = (byte) version;
        System.arraycopy(hash, 0, body, 1, hash.length);
        byte[] checksum = Base58Check.checksum(body);
        byte[] whole = Arrays.copyOf(body, body.length + checksum.length);
        System.arraycopy(checksum, 0, whole, body.length, checksum.length);
        StringBuilder text = new StringBuilder();
        for (BigInteger value = new BigInteger(1, whole); value.signum() > 0; value = value.divide(BigInteger.valueOf(58))) {
            text.append(Base58Check.ALPHABET.charAt(value.mod(BigInteger.valueOf(58)).intValue()));
        }
        for (int i = 0; i < whole.length && whole[i] == 0; i++) {
            text.append('1');
        }
        return text.reverse().toString();
    }

    /** A segwit address: Bech32 for version 0, Bech32m for versions 1 to 16 (BIP-350). */
    static String segwit(String hrp, int version, byte[] program) {
        ByteArrayOutputStream values = new ByteArrayOutputStream();
        values.write(version);
        int buffer = 0;
        int bits = 0;
        for (byte b : program) {
            buffer = buffer << 8 | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                values.write(buffer >>> bits & 31);
            }
        }
        if (bits > 0) {
            values.write(buffer << (5 - bits) & 31);
        }
        int[] data = toInts(values.toByteArray());
        Bech32.Variant variant = version == 0 ? Bech32.Variant.BECH32 : Bech32.Variant.BECH32M;
        int residue = Bech32.polymod(Bech32.expandHrp(hrp), data, new int[Bech32.CHECKSUM_LENGTH]) ^ variant.constant;
        StringBuilder text = new StringBuilder(hrp).append('1');
        for (int value : data) {
            text.append(Bech32.CHARSET.charAt(value));
        }
        for (int i = 0; i < Bech32.CHECKSUM_LENGTH; i++) {
            text.append(Bech32.CHARSET.charAt(residue >>> 5 * (Bech32.CHECKSUM_LENGTH - 1 - i) & 31));
        }
        return text.toString();
    }

    /** An Ethereum address with its EIP-55 checksum. */
    static String eip55(byte[] twentyBytes) {
        return "0x" + Eip55.checksummed(HexFormat.of().formatHex(twentyBytes));
    }

    private static int[] toInts(byte[] bytes) {
        int[] ints = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            ints[i] = bytes[i];
        }
        return ints;
    }
}
