package com.cpay.platform.domain.shared;

/**
 * Root of every failure the domain reports on purpose. Adapters map each subtype to their own protocol
 * (HTTP status, webhook reply, ...); anything that is not a {@code DomainException} is a bug.
 *
 * <p>Messages never carry card numbers, CVVs, keys or signatures.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }

    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }
}
