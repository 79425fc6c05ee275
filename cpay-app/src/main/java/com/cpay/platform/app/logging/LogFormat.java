package com.cpay.platform.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;

import java.util.Locale;

/** The console's line format, {@code cpay.logging.format}. */
public enum LogFormat {
    /** key=value lines for people reading a terminal. */
    TEXT,
    /** one JSON object per line for log shippers. */
    JSON;

    /** The configuration key and its environment variable. */
    public static final String KEY = "cpay.logging.format";
    static final String ENVIRONMENT_VARIABLE = "CPAY_LOGGING_FORMAT";

    /**
     * The format named {@code text} or {@code json} (any case, blank = text).
     *
     * @throws IllegalArgumentException for any other name, so a mistyped setting stops the start instead of
     *                                  silently logging in a format the shipper cannot read
     */
    public static LogFormat of(String name) {
        if (name == null || name.isBlank()) {
            return TEXT;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException(KEY + " must be text or json, not '" + name + "'");
        };
    }

    static LogFormat of(Encoder<ILoggingEvent> encoder) {
        return encoder instanceof LayoutWrappingEncoder<ILoggingEvent> wrapping
                && wrapping.getLayout() instanceof JsonLineLayout ? JSON : TEXT;
    }

    // before Micronaut reads its configuration: a wrong value here falls back to text rather than leaving the
    // application without logs; LogFormatSetting refuses it once the configuration is read
    static LogFormat fromEnvironment() {
        String name = System.getProperty(KEY, System.getenv(ENVIRONMENT_VARIABLE));
        try {
            return of(name);
        } catch (IllegalArgumentException e) {
            return TEXT;
        }
    }
}
