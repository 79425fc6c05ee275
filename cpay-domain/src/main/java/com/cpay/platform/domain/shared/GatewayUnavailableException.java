package com.cpay.platform.domain.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * C-Pay could not be reached or did not answer usefully (timeout, refused connection, HTTP 5xx).
 *
 * <p>{@link #outcomeUnknown()} tells whether C-Pay may have acted anyway: after a timeout or a 5xx the
 * order may exist, so the caller must ask getOrderDetail by merchantTradeNo before any retry of a POST.
 * When the request provably never left (connection refused), the outcome is known: nothing happened.
 */
public final class GatewayUnavailableException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final boolean outcomeUnknown;
    private final transient Optional<Duration> retryAfter;

    public GatewayUnavailableException(String message, boolean outcomeUnknown, Throwable cause) {
        this(message, outcomeUnknown, cause, Optional.empty());
    }

    private GatewayUnavailableException(String message, boolean outcomeUnknown, Throwable cause,
                                        Optional<Duration> retryAfter) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
        this.retryAfter = retryAfter;
    }

    /**
     * Calls to C-Pay are held back on our side (too many failed lately, or too many in flight): the request was not
     * sent; a caller may try again after {@code retryAfter}.
     */
    public static GatewayUnavailableException paused(String operation, String why, Duration retryAfter) {
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter cannot be negative");
        }
        return new GatewayUnavailableException("C-Pay calls are paused (" + why + "); " + operation + " was not sent",
                false, null, Optional.of(retryAfter));
    }

    /** The call timed out after the request may have been sent: C-Pay may or may not have acted. */
    public static GatewayUnavailableException timeout(String operation, Throwable cause) {
        return new GatewayUnavailableException("C-Pay did not answer " + operation + " in time", true, cause);
    }

    /** The connection could not be opened: the request never reached C-Pay. */
    public static GatewayUnavailableException notConnected(String operation, Throwable cause) {
        return new GatewayUnavailableException("C-Pay could not be reached for " + operation, false, cause);
    }

    /** C-Pay answered with a server error: it may have acted before failing. */
    public static GatewayUnavailableException serverError(String operation, int httpStatus) {
        return new GatewayUnavailableException(
                "C-Pay answered " + operation + " with HTTP " + httpStatus, true, null);
    }

    /** When calls are paused on our side: how long until they may be tried again. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** Whether C-Pay may have performed the operation despite the failure. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
