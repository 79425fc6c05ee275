package com.cpay.platform.domain.kyc;

import java.util.Objects;

/**
 * How much of the batch C-Pay accepted.
 *
 * @param result submitted and accepted counts; {@link KycBatchResult#isPartial()} when not all were taken
 */
public record SubmitKycBatchResult(KycBatchResult result) {

    public SubmitKycBatchResult {
        Objects.requireNonNull(result, "result");
    }
}
