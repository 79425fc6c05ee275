package com.cpay.platform.sandbox.state;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** A balance as the state file and the journal write it: exact decimal text, the asset being the map key. */
@Serdeable
record StoredBalance(String available, String freeze) {

    static StoredBalance of(Balance balance) {
        return new StoredBalance(balance.available().toPlainString(), balance.freeze().toPlainString());
    }

    Balance toBalance(String asset) {
        return new Balance(asset, new BigDecimal(available), new BigDecimal(freeze));
    }
}
