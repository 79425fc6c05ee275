package com.cpay.platform.sandbox.state;

import io.micronaut.serde.annotation.Serdeable;

/** A user's deposit address on one network. */
@Serdeable
public record WalletAddress(String merchantId, String userId, String network, String address) {
}
