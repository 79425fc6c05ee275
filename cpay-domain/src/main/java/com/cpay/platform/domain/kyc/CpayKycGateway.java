package com.cpay.platform.domain.kyc;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;

/** C-Pay's KYC intake for host-to-host mode (submitKYC, s.11). */
@SecondaryPort
public interface CpayKycGateway {

    /**
     * Submits a validated batch of at most 1000 users.
     *
     * @return how many users C-Pay accepted ({@code count}); C-Pay does not say which
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    KycBatchResult submit(KycBatch batch);
}
