package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A destination wallet address ({@code toAddress}, s.4) that is plausible for its network. Plausible, not
 * proven: the shape is checked (alphabet, prefix, length), checksums are not, because some need hashes the
 * JDK lacks (Keccak for Ethereum's mixed case) and C-Pay verifies the address anyway. The aim is to stop
 * an address pasted for the wrong network or mangled in transit before money moves.
 * <ul>
 *   <li>Bitcoin: base58 P2PKH/P2SH, 26-35 characters starting with {@code 1} or {@code 3}; or bech32,
 *       {@code bc1} then the bech32 alphabet, lower case, 14-74 characters;</li>
 *   <li>Ethereum and BSC: {@code 0x} and 40 hexadecimal digits (either case);</li>
 *   <li>TRON: {@code T} and 33 base58 characters;</li>
 *   <li>any other network: non-blank, at most 128 characters, no whitespace or control characters.</li>
 * </ul>
 * Errors name the field {@code toAddress}, rule {@code address-format} (or {@code required},
 * {@code max-length}).
 *
 * @param network the network the address belongs to
 * @param value   the address as typed
 */
public record CryptoAddress(Network network, String value) {

    /** Error field name. */
    public static final String FIELD = "toAddress";
    /** {@code toAddress} is String(128). */
    public static final int MAX_LENGTH = 128;
    /** Rule word: the address does not have its network's shape. */
    public static final String ADDRESS_FORMAT = "address-format";

    private static final String BASE58 = "[1-9A-HJ-NP-Za-km-z]";
    private static final Pattern BITCOIN_BASE58 = Pattern.compile("[13]" + BASE58 + "{25,34}");
    private static final Pattern BITCOIN_BECH32 = Pattern.compile("bc1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{11,71}");
    private static final Pattern EVM = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern TRON = Pattern.compile("T" + BASE58 + "{33}");
    // Unicode mode so a no-break space (U+00A0), common in pasted text, counts as whitespace.
    private static final Pattern NO_WHITESPACE = Pattern.compile("\\S+", Pattern.UNICODE_CHARACTER_CLASS);

    public CryptoAddress {
        Objects.requireNonNull(network, "network");
        Checks.text(FIELD, value, MAX_LENGTH);
        if (!isPlausible(network, value)) {
            throw ValidationException.of(FIELD, ADDRESS_FORMAT,
                    FIELD + " is not a plausible " + network.wireName() + " address");
        }
    }

    private static boolean isPlausible(Network network, String value) {
        if (network.equals(Network.BITCOIN)) {
            return BITCOIN_BASE58.matcher(value).matches() || BITCOIN_BECH32.matcher(value).matches();
        }
        if (network.equals(Network.ETHEREUM) || network.equals(Network.BSC)) {
            return EVM.matcher(value).matches();
        }
        if (network.equals(Network.TRON)) {
            return TRON.matcher(value).matches();
        }
        return NO_WHITESPACE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
