package com.cpay.platform.app.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.type.Argument;

import java.util.ArrayList;
import java.util.List;

/**
 * Created with the context: in live mode the application does not start unless the C-Pay merchant id, the secret
 * key and at least one API token of the application's own (not the development token, at least
 * {@value #MIN_TOKEN_LENGTH} characters) are configured, and the embedded simulator is off: a live instance that
 * also served the simulator would expose its unauthenticated control API and could be pointed at it by mistake.
 * The error names every offending key and never a value.
 */
@Context
public class LiveModeGuard {

    /** Shortest API token accepted in live mode. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public LiveModeGuard(AppMode mode, Environment environment) {
        if (!mode.isLive()) {
            return;
        }
        List<String> missing = missing(environment);
        if (!missing.isEmpty()) {
            throw new ConfigurationException("cpay.mode=live refuses to start: " + String.join("; ", missing));
        }
    }

    static List<String> missing(Environment environment) {
        List<String> missing = new ArrayList<>();
        if (blank(environment.getProperty("cpay.merchant-id", String.class).orElse(""))) {
            missing.add("cpay.merchant-id (CPAY_MERCHANT_ID) is not set");
        }
        if (blank(environment.getProperty("cpay.secret-key", String.class).orElse(""))) {
            missing.add("cpay.secret-key (CPAY_SECRET_KEY) is not set");
        }
        List<String> tokens = environment.getProperty("cpay.api-tokens", Argument.listOf(String.class))
                .orElse(List.of()).stream().filter(t -> !blank(t)).toList();
        boolean clients = !environment.getPropertyEntries("cpay.api-clients").isEmpty();
        if (tokens.isEmpty() && !clients) {
            missing.add("neither cpay.api-clients.* nor cpay.api-tokens (CPAY_API_TOKENS) is set");
        } else if (tokens.contains(ModeDefaults.DEVELOPMENT_TOKEN)) {
            missing.add("cpay.api-tokens (CPAY_API_TOKENS) holds the development token; set tokens of your own");
        } else if (tokens.stream().anyMatch(t -> t.trim().length() < MIN_TOKEN_LENGTH)) {
            missing.add("cpay.api-tokens (CPAY_API_TOKENS) holds a token shorter than " + MIN_TOKEN_LENGTH
                    + " characters");
        }
        if (environment.getProperty("cpay.sandbox.enabled", Boolean.class).orElse(false)) {
            missing.add("cpay.sandbox.enabled (CPAY_SANDBOX_ENABLED) is true; the C-Pay simulator and its control API"
                    + " exist only in sandbox mode");
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
