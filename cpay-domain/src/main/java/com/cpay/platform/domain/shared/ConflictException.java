package com.cpay.platform.domain.shared;

/**
 * The request or an answer contradicts state or facts already known, e.g. a merchantTradeNo reused with
 * other terms, or C-Pay reporting amounts that do not add up.
 */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
