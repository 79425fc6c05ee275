package com.cpay.platform.domain.payout.model;

import com.cpay.platform.domain.money.Network;
import java.util.regex.Pattern;

/**
 * What an address must be on each documented network; see {@link CryptoAddress} for the rules in words.
 * Mainnet only: the code never accepted testnet prefixes ({@code tb1}, {@code m}, {@code n}, {@code 2}), and a
 * payout is real money.
 */
final class NetworkAddressRules {

    private static final byte BITCOIN_P2PKH = 0x00;
    private static final byte BITCOIN_P2SH = 0x05;
    private static final byte TRON_VERSION = 0x41;
    /** Version byte and a 20-byte hash. */
    private static final int HASH_ADDRESS_LENGTH = 21;
    private static final String BITCOIN_HRP = "bc";

    private static final String BASE58 = "[1-9A-HJ-NP-Za-km-z]";
    private static final Pattern BITCOIN_BASE58 = Pattern.compile("[13]" + BASE58 + "{25,34}");
    private static final Pattern EVM = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern EVM_ZERO = Pattern.compile("0x0{40}");
    private static final Pattern TRON = Pattern.compile("T" + BASE58 + "{33}");
    // Unicode mode so a no-break space (U+00A0), common in pasted text, counts as whitespace.
    private static final Pattern NO_WHITESPACE = Pattern.compile("\\S+", Pattern.UNICODE_CHARACTER_CLASS);

    private NetworkAddressRules() {
    }

    /**
     * Checks {@code address} for {@code network}.
     *
     * @throws AddressFault.AddressRefused naming the first rule it breaks
     */
    static void check(Network network, String address) {
        if (network.equals(Network.BITCOIN)) {
            bitcoin(address);
        } else if (network.equals(Network.ETHEREUM) || network.equals(Network.BSC)) {
            evm(address);
        } else if (network.equals(Network.TRON)) {
            tron(address);
        } else if (!NO_WHITESPACE.matcher(address).matches()) {
            throw AddressFault.FORMAT.refused();
        }
    }

    private static void bitcoin(String address) {
        // lower case only, as wallets show it; BIP-173 also allows all upper case, which we have never taken
        if (address.startsWith(BITCOIN_HRP + "1")) {
            refuseAllZero(SegwitAddress.decode(BITCOIN_HRP, address).program(), 0);
        } else if (BITCOIN_BASE58.matcher(address).matches()) {
            hashAddress(address, BITCOIN_P2PKH, BITCOIN_P2SH);
        } else {
            throw AddressFault.FORMAT.refused();
        }
    }

    private static void tron(String address) {
        if (!TRON.matcher(address).matches()) {
            throw AddressFault.FORMAT.refused();
        }
        hashAddress(address, TRON_VERSION, TRON_VERSION);
    }

    private static void evm(String address) {
        if (!EVM.matcher(address).matches()) {
            throw AddressFault.FORMAT.refused();
        }
        if (EVM_ZERO.matcher(address).matches()) {
            throw AddressFault.ZERO_ADDRESS.refused();
        }
        if (!Eip55.isValid(address.substring(2))) {
            throw AddressFault.CHECKSUM.refused();
        }
    }

    /** A Base58Check version byte and 20-byte hash, the version one of the two given, the hash not all zero. */
    private static void hashAddress(String address, byte version, byte otherVersion) {
        byte[] body = Base58Check.decode(address);
        if (body.length != HASH_ADDRESS_LENGTH || body[0] != version && body[0] != otherVersion) {
            throw AddressFault.FORMAT.refused();
        }
        refuseAllZero(body, 1);
    }

    /** Nobody holds the key of an all-zero hash or program: money sent there is burnt. */
    private static void refuseAllZero(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return;
            }
        }
        throw AddressFault.ZERO_ADDRESS.refused();
    }
}
