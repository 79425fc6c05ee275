package com.cpay.platform.app.config;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

/** The mode this instance runs in, read once from {@code cpay.mode}. */
@Singleton
public class AppMode {

    private final Mode mode;

    public AppMode(@Value("${cpay.mode:sandbox}") String text) {
        this.mode = Mode.parse(text).orElseThrow(() -> new ConfigurationException(
                "cpay.mode must be sandbox or live (CPAY_MODE)"));
    }

    public Mode mode() {
        return mode;
    }

    public boolean isLive() {
        return mode == Mode.LIVE;
    }
}
