package com.cpay.platform.domain.shared;

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

    public GatewayUnavailableException(String message, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
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

    /** Whether C-Pay may have performed the operation despite the failure. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
