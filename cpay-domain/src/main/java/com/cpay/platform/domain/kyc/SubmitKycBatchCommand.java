package com.cpay.platform.domain.kyc;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Users to submit. The size is checked here; each user's rules need today's date and are checked when the
 * use case builds the {@link KycBatch}.
 *
 * @param users 1 to {@value KycBatch#MAX_USERS} users
 */
public record SubmitKycBatchCommand(List<KycUser> users) {

    public SubmitKycBatchCommand {
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
