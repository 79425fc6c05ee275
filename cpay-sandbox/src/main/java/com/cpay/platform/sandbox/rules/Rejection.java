package com.cpay.platform.sandbox.rules;

/**
 * A request the gateway refuses: answered HTTP 200 with envelope {@code code} (1 unless said otherwise)
 * and this message as {@code msg}. Messages never carry card data, keys or signatures.
 */
public class Rejection extends RuntimeException {

    public static final long FAIL = 1;

    private final long code;

    public Rejection(String message) {
        this(FAIL, message);
    }

    public Rejection(long code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public long code() {
        return code;
    }
}
