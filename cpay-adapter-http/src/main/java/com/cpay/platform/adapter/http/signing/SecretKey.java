package com.cpay.platform.adapter.http.signing;

import java.util.Objects;

/**
 * A merchant secret key as C-Pay hands it out by e-mail. Its {@code toString} never shows the key,
 * so it cannot leak through a log line or an exception message by accident.
 */
public final class SecretKey {

    private final String value;

    private SecretKey(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException when the key is null or blank (the message never repeats it) */
    public static SecretKey of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("secret key is required and must not be blank");
        }
        return new SecretKey(value);
    }

    String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecretKey key && Objects.equals(value, key.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "SecretKey[redacted]";
    }
}
