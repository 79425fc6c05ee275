package com.cpay.platform.app.error;

import com.cpay.platform.domain.shared.Violation;

import java.util.List;

/** The request does not match the API description in a way only the application can tell: answered 400. */
public final class MalformedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public MalformedRequestException(List<Violation> violations) {
        super("malformed request", null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
