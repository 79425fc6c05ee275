package com.cpay.platform.sandbox.state;

import com.cpay.platform.sandbox.rules.Rejection;

import java.util.Locale;

/** Order statuses of the document: 0 PENDING, 11 PROCESSING, 14 COMPLETED, 15 CLOSED. */
public enum OrderStatus {
    PENDING("0"), PROCESSING("11"), COMPLETED("14"), CLOSED("15");

    private final String code;

    OrderStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean terminal() {
        return this == COMPLETED || this == CLOSED;
    }

    /** Accepts the name (any case) or the numeric code. */
    public static OrderStatus parse(String text) {
        if (text != null) {
            for (OrderStatus status : values()) {
                if (status.code.equals(text.trim()) || status.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                    return status;
                }
            }
        }
        throw new Rejection("status must be PENDING, PROCESSING, COMPLETED, CLOSED or 0, 11, 14, 15, not " + text);
    }
}
