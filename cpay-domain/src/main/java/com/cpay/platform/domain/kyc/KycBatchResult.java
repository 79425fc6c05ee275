package com.cpay.platform.domain.kyc;

import com.cpay.platform.domain.shared.ConflictException;

/**
 * How much of a KYC batch C-Pay took: it answers only a {@code count} of accepted users (s.11), not which
 * ones, so a partial acceptance is reported as such and cannot be narrowed down further.
 *
 * @param submitted users sent
 * @param accepted  C-Pay's {@code count}
 */
public record KycBatchResult(int submitted, long accepted) {

    public KycBatchResult {
        if (submitted < 0) {
            throw new IllegalArgumentException("submitted must not be negative");
        }
        if (accepted < 0 || accepted > submitted) {
            throw new ConflictException("C-Pay reported " + accepted + " KYC users accepted out of "
                    + submitted + " submitted");
        }
    }

    /** Whether C-Pay accepted some users but not all (or none of a non-empty batch). */
    public boolean isPartial() {
        return accepted < submitted;
    }

    /** Whether every user was accepted. */
    public boolean isComplete() {
        return accepted == submitted;
    }

    /** How many users C-Pay did not accept. */
    public long rejected() {
        return submitted - accepted;
    }
}
