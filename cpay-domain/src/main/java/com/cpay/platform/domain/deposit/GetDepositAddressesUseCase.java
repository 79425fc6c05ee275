package com.cpay.platform.domain.deposit;

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
    GetDepositAddressesResult getDepositAddresses(GetDepositAddressesQuery query);
}
