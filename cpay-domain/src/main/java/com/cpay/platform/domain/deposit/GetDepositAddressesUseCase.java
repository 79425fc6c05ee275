package com.cpay.platform.domain.deposit;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user wants addresses to deposit crypto to directly (getWalletAddress, s.3; no-order mode). */
@PrimaryPort
public interface GetDepositAddressesUseCase {

    /**
     * The user's addresses, optionally only for one coin.
     *
     * @throws com.cpay.platform.domain.shared.GatewayRejectedException    when C-Pay refuses
     * @throws com.cpay.platform.domain.shared.GatewayUnavailableException when C-Pay cannot be reached
     */
    Result getDepositAddresses(Query query);

    /**
     * Whose addresses, and for which coin.
     *
     * @param userId   the user
     * @param currency only addresses of this crypto asset, when present
     */
    record Query(UserId userId, Optional<Asset> currency) {

        public Query {
            Checks.required(UserId.FIELD, userId);
            currency = CommandRules.orEmpty(currency);
            if (currency.isPresent() && !currency.get().isCrypto()) {
                throw ValidationException.of("currency", "crypto-required", "deposit addresses exist for crypto assets only");
            }
        }
    }

    /**
     * A user's deposit addresses.
     *
     * @param userId    the user
     * @param addresses as C-Pay listed them, filtered by coin when asked
     */
    record Result(UserId userId, List<DepositAddress> addresses) {

        public Result {
            Objects.requireNonNull(userId, "userId");
            addresses = List.copyOf(addresses);
        }
    }
}
