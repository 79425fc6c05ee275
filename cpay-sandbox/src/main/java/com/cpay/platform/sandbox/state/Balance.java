package com.cpay.platform.sandbox.state;

import java.math.BigDecimal;

/** The balance of one asset: available, and frozen by open payouts. */
public record Balance(String asset, BigDecimal available, BigDecimal freeze) {

    public static Balance zero(String asset) {
        return new Balance(asset, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    Balance plus(BigDecimal availableDelta, BigDecimal freezeDelta) {
        return new Balance(asset, available.add(availableDelta), freeze.add(freezeDelta));
    }
}
