package com.cpay.platform.app.config;

import java.util.Locale;
import java.util.Optional;

/**
 * How the application runs ({@code cpay.mode}). {@link #SANDBOX} (the default) embeds the C-Pay simulator and
 * talks to it; {@link #LIVE} talks to the real C-Pay and refuses to start without real credentials.
 */
public enum Mode {
    SANDBOX,
    LIVE;

    /** The configuration key. */
    public static final String KEY = "cpay.mode";

    /** The mode named by the text, case-insensitive; empty for anything else. */
    public static Optional<Mode> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(SANDBOX);
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "sandbox" -> Optional.of(SANDBOX);
            case "live" -> Optional.of(LIVE);
            default -> Optional.empty();
        };
    }

    /** As written in configuration. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
