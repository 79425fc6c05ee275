package com.cpay.platform.domain.shared;

/** The thing asked for does not exist (in our records or at C-Pay). */
public final class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
