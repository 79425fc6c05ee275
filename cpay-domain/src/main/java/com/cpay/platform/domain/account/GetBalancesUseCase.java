package com.cpay.platform.domain.account;

import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The merchant wants to see its balances at C-Pay (getMerchantBalance, s.6). */
@PrimaryPort
public interface GetBalancesUseCase {

    /**
     * The balances as C-Pay reports them, ordered by currency code.
     *
     * @throws com.cpay.platform.domain.shared.GatewayRejectedException    when C-Pay refuses
     * @throws com.cpay.platform.domain.shared.GatewayUnavailableException when C-Pay cannot be reached
     */
    Result getBalances();

    /**
     * The merchant's balances.
     *
     * @param balances one per currency, ordered by currency code
     */
    record Result(List<Balance> balances) {

        public Result {
            balances = List.copyOf(balances);
        }
    }
}
