package com.cpay.platform.domain.deposit;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Optional;

/**
 * Whose addresses, and for which coin.
 *
 * @param userId   the user
 * @param currency only addresses of this crypto asset, when present
 */
public record GetDepositAddressesQuery(UserId userId, Optional<Asset> currency) {

    public GetDepositAddressesQuery {
        Checks.required(UserId.FIELD, userId);
        currency = CommandRules.orEmpty(currency);
        if (currency.isPresent() && !currency.get().isCrypto()) {
            throw ValidationException.of("currency", "crypto-required", "deposit addresses exist for crypto assets only");
        }
    }
}
