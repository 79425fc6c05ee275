package com.cpay.platform.domain.account;

import java.util.List;

/**
 * The merchant's balances.
 *
 * @param balances one per currency, ordered by currency code
 */
public record GetBalancesResult(List<Balance> balances) {

    public GetBalancesResult {
        balances = List.copyOf(balances);
    }
}
