package com.cpay.platform.domain.payout.model;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Objects;

/**
 * A destination wallet address ({@code toAddress}, s.4) that is valid for its network, checksum included. A
 * payout to a mistyped address is money gone, so every checksum the network defines is verified before money
 * moves, and the all-zero addresses nobody holds a key for are refused:
 * <ul>
 *   <li>Bitcoin (mainnet): Base58Check P2PKH ({@code 1...}, version 0x00) or P2SH ({@code 3...}, version
 *       0x05) with a 20-byte hash; or a segwit {@code bc1...} address in lower case: witness version 0 in
 *       Bech32 (BIP-173) with a 20- or 32-byte program, versions 1 to 16 in Bech32m (BIP-350) with a 2- to
 *       40-byte program;</li>
 *   <li>Ethereum and BSC: {@code 0x} and 40 hexadecimal digits, all lower or all upper case as they are,
 *       mixed case only with the right EIP-55 checksum (Keccak-256);</li>
 *   <li>TRON: Base58Check with version 0x41 ({@code T...}) and a 20-byte hash;</li>
 *   <li>any other network: non-blank, at most 128 characters, no whitespace or control characters.</li>
 * </ul>
 * Errors name the field {@code toAddress} and one rule: {@code address-format} (not the network's alphabet,
 * prefix, version or length), {@code address-checksum} (a character is wrong), {@code witness-encoding}
 * (segwit version, program length, padding and Bech32/Bech32m variant disagree), {@code zero-address}
 * ({@code 0x000...0}, TRON's {@code T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb}, a Bitcoin address of an all-zero
 * hash or program), or {@code required}, {@code max-length}, {@code control-character}.
 *
 * <p>The checksums are computed in the domain itself (Keccak-256, Base58Check, Bech32/Bech32m in this
 * package) because the domain depends on the JDK only; see those classes for why.
 *
 * @param network the network the address belongs to
 * @param value   the address as typed
 */
@ValueObject
public record CryptoAddress(Network network, String value) {

    /** Error field name. */
    public static final String FIELD = "toAddress";
    /** {@code toAddress} is String(128). */
    public static final int MAX_LENGTH = 128;
    /** Rule word: the address does not have its network's shape, prefix, version or length. */
    public static final String ADDRESS_FORMAT = AddressFault.FORMAT.rule();
    /** Rule word: the address's checksum does not match, a character is wrong. */
    public static final String ADDRESS_CHECKSUM = AddressFault.CHECKSUM.rule();
    /** Rule word: a segwit address whose version, program and encoding variant disagree. */
    public static final String WITNESS_ENCODING = AddressFault.WITNESS_ENCODING.rule();
    /** Rule word: the all-zero address, which nobody controls. */
    public static final String ZERO_ADDRESS = AddressFault.ZERO_ADDRESS.rule();

    public CryptoAddress {
        Objects.requireNonNull(network, "network");
        Checks.text(FIELD, value, MAX_LENGTH);
        try {
            NetworkAddressRules.check(network, value);
        } catch (AddressFault.AddressRefused e) {
            throw ValidationException.of(FIELD, e.fault().rule(), message(e.fault(), network));
        }
    }

    private static String message(AddressFault fault, Network network) {
        String name = network.wireName();
        return switch (fault) {
            case FORMAT -> FIELD + " is not a plausible " + name + " address";
            case CHECKSUM -> FIELD + " fails the " + name + " address checksum: a character is mistyped";
            case WITNESS_ENCODING -> FIELD + " is not a valid segwit address: its witness version, program length"
                    + " and bech32/bech32m encoding do not agree (BIP-173, BIP-350)";
            case ZERO_ADDRESS -> FIELD + " is the " + name + " zero address, which nobody controls;"
                    + " money sent there is lost";
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
