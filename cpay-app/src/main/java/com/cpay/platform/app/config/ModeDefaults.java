package com.cpay.platform.app.config;

import io.micronaut.context.env.PropertyExpressionResolver;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.value.PropertyResolver;

import java.util.Optional;

/**
 * Resolves the placeholders {@code ${cpay-mode.*}} of {@code application.properties}: defaults that depend on
 * {@code cpay.mode}, which Micronaut placeholders cannot express by themselves. Registered as a
 * {@code PropertyExpressionResolver} service; it answers only names starting with {@code cpay-mode.}.
 *
 * <table>
 *   <caption>defaults by mode</caption>
 *   <tr><th>expression</th><th>sandbox</th><th>live</th></tr>
 *   <tr><td>base-url</td><td>{@code http://localhost:<port>} (the app itself)</td><td>{@value #LIVE_BASE_URL}</td></tr>
 *   <tr><td>merchant-id, secret-key</td><td>the embedded simulator's merchant</td><td>none</td></tr>
 *   <tr><td>api-token</td><td>{@value #DEVELOPMENT_TOKEN}</td><td>none</td></tr>
 *   <tr><td>simulator-enabled</td><td>true</td><td>false</td></tr>
 *   <tr><td>webhook-url</td><td colspan="2">{@code http://localhost:<port>/cpay/webhooks}</td></tr>
 * </table>
 * "none" leaves the placeholder's own default (empty), so live mode must be configured: {@link LiveModeGuard}.
 */
public final class ModeDefaults implements PropertyExpressionResolver {

    /** The API token of the default sandbox run; refused in live mode. */
    public static final String DEVELOPMENT_TOKEN = "cpay-sandbox-dev-token";
    /** The operator console's accounts ({@code cpay.console.operators.<name>.*}). */
    public static final String CONSOLE_OPERATORS = "cpay.console.operators";
    /** The console's development account, in sandbox mode when no account is configured; never in live mode. */
    public static final String DEVELOPMENT_OPERATOR = "operator";
    /** Its password. */
    public static final String DEVELOPMENT_OPERATOR_PASSWORD = "cpay-sandbox-operator";
    /** C-Pay's production address (the project README). */
    public static final String LIVE_BASE_URL = "https://api.cpay.ltd";
    /** The simulator's built-in merchant (cpay-sandbox SandboxConfig). */
    static final String SIMULATOR_MERCHANT_ID = "20003092";
    static final String SIMULATOR_SECRET_KEY = "sandbox-secret-key-change-me";
    private static final String PREFIX = "cpay-mode.";

    @Override
    public <T> Optional<T> resolve(PropertyResolver properties, ConversionService conversion, String expression,
                                   Class<T> type) {
        if (!expression.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Mode mode = Mode.parse(properties.getProperty(Mode.KEY, String.class).orElse(null)).orElse(Mode.SANDBOX);
        boolean sandbox = mode == Mode.SANDBOX;
        String value = switch (expression.substring(PREFIX.length())) {
            case "base-url" -> sandbox ? selfUrl(properties) : LIVE_BASE_URL;
            case "merchant-id" -> sandbox
                    ? properties.getProperty("cpay.sandbox.merchant-id", String.class).orElse(SIMULATOR_MERCHANT_ID)
                    : null;
            case "secret-key" -> sandbox
                    ? properties.getProperty("cpay.sandbox.secret-key", String.class).orElse(SIMULATOR_SECRET_KEY)
                    : null;
            case "api-token" -> sandbox ? DEVELOPMENT_TOKEN : null;
            case "simulator-enabled" -> Boolean.toString(sandbox);
            case "webhook-url" -> selfUrl(properties) + "/cpay/webhooks";
            default -> null;
        };
        return value == null ? Optional.empty() : conversion.convert(value, type);
    }

    /** The application's own base URL as seen from this machine. */
    static String selfUrl(PropertyResolver properties) {
        int port = properties.getProperty("micronaut.server.port", Integer.class).orElse(8080);
        return "http://localhost:" + (port > 0 ? port : 8080);
    }
}
