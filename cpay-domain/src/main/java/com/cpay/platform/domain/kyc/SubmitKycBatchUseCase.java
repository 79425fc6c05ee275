package com.cpay.platform.domain.kyc;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
    Result submitKycBatch(Command command);

    /**
     * Users to submit. The size is checked here; each user's rules need today's date and are checked when the
     * use case builds the {@link KycBatch}.
     *
     * @param users 1 to {@value KycBatch#MAX_USERS} users
     */
    record Command(List<KycUser> users) {

        public Command {
            Checks.required("users", users);
            if (users.isEmpty()) {
                throw ValidationException.of("users", Checks.REQUIRED, "a KYC batch needs at least one user");
            }
            if (users.size() > KycBatch.MAX_USERS) {
                throw ValidationException.of("users", "max-batch-size",
                        "a KYC batch holds at most " + KycBatch.MAX_USERS + " users");
            }
            users = Collections.unmodifiableList(new ArrayList<>(users));
        }
    }

    /**
     * How much of the batch C-Pay accepted.
     *
     * @param result submitted and accepted counts; {@link KycBatchResult#isPartial()} when not all were taken
     */
    record Result(KycBatchResult result) {

        public Result {
            Objects.requireNonNull(result, "result");
        }
    }
}
