package com.cpay.platform.domain.kyc;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violation;
import com.cpay.platform.domain.shared.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Users submitted to C-Pay in one submitKYC call: 1 to 1000 users (s.11: "Up to 1000 pieces of data at a
 * time"), each valid, with distinct userIds. The only way to obtain one is {@link #of}, which validates, so
 * holding a {@code KycBatch} means holding valid data.
 */
public final class KycBatch {

    /** Most users one submitKYC call accepts. */
    public static final int MAX_USERS = 1000;

    private final List<KycUser> users;

    private KycBatch(List<KycUser> users) {
        this.users = users;
    }

    /**
     * Validates every user and the batch, reporting all problems at once with fields such as
     * {@code users[3].birthday}, {@code users[7].userId} ({@code duplicate}) or {@code users}
     * ({@code required}, {@code max-batch-size}).
     *
     * @param today the current date, for the birthday rule
     * @throws ValidationException listing every violation
     */
    public static KycBatch of(List<KycUser> users, LocalDate today) {
        Checks.required("users", users);
        Objects.requireNonNull(today, "today");
        Violations violations = new Violations();
        if (users.isEmpty()) {
            violations.add("users", Checks.REQUIRED, "a KYC batch needs at least one user");
        }
        if (users.size() > MAX_USERS) {
            violations.add("users", "max-batch-size", "a KYC batch holds at most " + MAX_USERS + " users");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            String prefix = "users[" + i + "]";
            KycUser user = users.get(i);
            if (user == null) {
                violations.add(prefix, Checks.REQUIRED, "a KYC batch holds no empty entries");
                continue;
            }
            for (Violation v : KycUserRules.check(user, today)) {
                violations.add(prefix + "." + v.field(), v.rule(), v.message());
            }
            if (user.userId() != null && !seen.add(user.userId())) {
                violations.add(prefix + ".userId", "duplicate", "userId appears more than once in the batch");
            }
        }
        violations.throwIfAny();
        return new KycBatch(List.copyOf(users));
    }

    /** The users, in submission order. */
    public List<KycUser> users() {
        return users;
    }

    public int size() {
        return users.size();
    }

    /** The result of this batch, given C-Pay's {@code count}. */
    public KycBatchResult resultWith(long acceptedCount) {
        return new KycBatchResult(users.size(), acceptedCount);
    }
}
