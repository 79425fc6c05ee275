package com.cpay.platform.sandbox.state;

/** A user's deposit address on one network. */
public record WalletAddress(String merchantId, String userId, String network, String address) {
}
