package com.cpay.platform.domain.kyc;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The merchant sends its users' identity data to C-Pay for host-to-host mode (submitKYC, s.11). */
@PrimaryPort
public interface SubmitKycBatchUseCase {

    /**
     * Validates every user (with today's date), then submits the batch.
     *
     * @throws com.cpay.platform.domain.shared.ValidationException listing every invalid field as
     *         {@code users[i].field}
     * @throws com.cpay.platform.domain.shared.GatewayRejectedException    when C-Pay refuses the batch
     * @throws com.cpay.platform.domain.shared.GatewayUnavailableException when C-Pay cannot be reached
     */
    SubmitKycBatchResult submitKycBatch(SubmitKycBatchCommand command);
}
