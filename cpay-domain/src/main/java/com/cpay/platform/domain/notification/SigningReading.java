package com.cpay.platform.domain.notification;

import java.util.Locale;

/**
 * The reading of "empty" a notification's signature matched (decision 21): whether C-Pay signed a {@code "0"}
 * value, as the document says, or left it out, as PHP's {@code empty()} does. Counted, so that the day C-Pay's
 * signing changes is seen.
 */
public enum SigningReading {

    /** A {@code "0"} value was signed; also when both readings give the same string. */
    DOCUMENT,

    /** A {@code "0"} value was left out of the signature. */
    PHP;

    /** The reading as a stable lower-case word: {@code document} or {@code php}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
