package com.cpay.platform.domain.order.lifecycle;

import com.cpay.platform.domain.shared.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened when an order was sent to C-Pay. The order is recorded in every case, before the call.
 */
public sealed interface SubmissionOutcome {

    /** C-Pay took the order; its status is in the result. */
    record Accepted() implements SubmissionOutcome {
    }

    /**
     * C-Pay refused the order ({@code code != 0}); it is closed here.
     *
     * @param code    C-Pay's code
     * @param message C-Pay's {@code msg}
     * @param traceId C-Pay's {@code traceid}, to quote to C-Pay support
     */
    record Rejected(long code, Optional<String> message, Optional<String> traceId) implements SubmissionOutcome {
        public Rejected {
            message = Objects.requireNonNullElse(message, Optional.empty());
            traceId = Objects.requireNonNullElse(traceId, Optional.empty());
        }
    }

    /**
     * C-Pay did not answer usefully and may have acted anyway (timeout, 5xx, unreadable answer). The order
     * stays PENDING; reconciliation asks C-Pay by merchantTradeNo. The order must not be sent again.
     *
     * @param reason what went wrong, without secrets
     */
    record Unconfirmed(String reason) implements SubmissionOutcome {
        public Unconfirmed {
            Checks.required("reason", reason);
        }
    }

    /**
     * The request never reached C-Pay (connection refused, or calls paused on our side); the order is closed here
     * and may be asked again under a new merchantTradeNo.
     *
     * @param reason     what went wrong, without secrets
     * @param retryAfter when our side paused the call (circuit breaker open, too many calls in flight): how long
     *                   until calls may go out again
     */
    record NotSent(String reason, Optional<Duration> retryAfter) implements SubmissionOutcome {
        public NotSent {
            Checks.required("reason", reason);
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        /** Refused by C-Pay's side of the line: nothing says when to try again. */
        public NotSent(String reason) {
            this(reason, Optional.empty());
        }
    }

    /** Whether C-Pay took the order. */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }
}
