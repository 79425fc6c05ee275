package com.cpay.platform.domain.account;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import java.util.List;

/** The merchant's own account at C-Pay (getMerchantBalance, s.6). */
@SecondaryPort
public interface CpayAccountGateway {

    /**
     * The merchant's balances, one per currency, as C-Pay lists them.
     *
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    List<Balance> balances();
}
