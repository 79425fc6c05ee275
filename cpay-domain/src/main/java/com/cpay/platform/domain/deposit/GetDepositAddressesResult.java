package com.cpay.platform.domain.deposit;

import com.cpay.platform.domain.shared.UserId;
import java.util.List;
import java.util.Objects;

/**
 * A user's deposit addresses.
 *
 * @param userId    the user
 * @param addresses as C-Pay listed them, filtered by coin when asked
 */
public record GetDepositAddressesResult(UserId userId, List<DepositAddress> addresses) {

    public GetDepositAddressesResult {
        Objects.requireNonNull(userId, "userId");
        addresses = List.copyOf(addresses);
    }
}
