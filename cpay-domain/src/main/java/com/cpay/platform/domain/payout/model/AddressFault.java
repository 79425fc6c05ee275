package com.cpay.platform.domain.payout.model;

/**
 * Why a crypto address is refused, each with the rule word callers see. Ordered from "not this kind of
 * address at all" to "a well-formed address nobody should pay".
 */
enum AddressFault {
    /** Not the network's alphabet, prefix, version or length. */
    FORMAT("address-format"),
    /** Well formed, but the checksum (Base58Check, bech32/bech32m, EIP-55) does not match: a typo. */
    CHECKSUM("address-checksum"),
    /** A bech32 string whose witness version, program length, padding or checksum variant disagree. */
    WITNESS_ENCODING("witness-encoding"),
    /** The all-zero address: nobody holds its key, money sent there is gone. */
    ZERO_ADDRESS("zero-address");

    private final String rule;

    AddressFault(String rule) {
        this.rule = rule;
    }

    String rule() {
        return rule;
    }

    /** An exception carrying this fault, for the decoders to throw. */
    AddressRefused refused() {
        return new AddressRefused(this);
    }

    /** Thrown by the decoders; turned into a {@code ValidationException} by {@link CryptoAddress}. */
    static final class AddressRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final AddressFault fault;

        AddressRefused(AddressFault fault) {
            // no stack trace: this is an expected answer to bad input, caught one level up
            super(fault.rule(), null, false, false);
            this.fault = fault;
        }

        AddressFault fault() {
            return fault;
        }
    }
}
