package com.cpay.platform.app.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The API clients, from configuration:
 * <pre>
 * cpay.api-clients.shop.token-sha256=&lt;hex SHA-256 of the token&gt;[,&lt;the next token's, during a rotation&gt;]
 * cpay.api-clients.shop.scopes=orders:read,orders:write
 * cpay.api-clients.shop.rate-limit=50        # requests per second; 0 (the default): not limited
 * </pre>
 * Only digests are configured and held, so the configuration and a memory dump do not give a token away. Each
 * token of the older {@code cpay.api-tokens} list (and the sandbox's development token) is a client of its own
 * with every scope and the default rate ({@code cpay.api-clients-default-rate-limit}); its Idempotency-Keys keep
 * the namespace they had before clients existed.
 */
@Singleton
public class ApiClients {

    /** The request attribute holding the authenticated {@link ApiClient}. */
    public static final String ATTRIBUTE = "cpay.api-client";
    static final String PREFIX = "cpay.api-clients";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern DIGEST = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int MAX_TOKENS = 2;

    private final List<ApiClient> clients;

    public ApiClients(Environment environment) {
        int defaultRate = environment.getProperty("cpay.api-clients-default-rate-limit", Integer.class).orElse(0);
        List<ApiClient> all = new ArrayList<>();
        for (String token : environment.getProperty("cpay.api-tokens", Argument.listOf(String.class)).orElse(List.of())) {
            if (token != null && !token.isBlank()) {
                String scope = tokenScope(token.trim());
                all.add(new ApiClient(scope, scope, EnumSet.allOf(ApiScope.class), List.of(sha256(token.trim())),
                        limiter(scope, defaultRate)));
            }
        }
        for (String name : new TreeSet<>(environment.getPropertyEntries(PREFIX))) {
            all.add(configured(environment, name, defaultRate));
        }
        this.clients = List.copyOf(all);
    }

    /** The client holding this token, if any. */
    public Optional<ApiClient> authenticate(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        byte[] digest = sha256(token);
        ApiClient found = null;
        for (ApiClient client : clients) {
            if (client.holds(digest) && found == null) {
                found = client;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether any client is configured at all. */
    public boolean any() {
        return !clients.isEmpty();
    }

    private static ApiClient configured(Environment environment, String name, int defaultRate) {
        String key = PREFIX + "." + name;
        if (!NAME.matcher(name).matches()) {
            throw new ConfigurationException(key + ": a client name is 1 to 40 of a-z, 0-9 and '-', starting with a "
                    + "letter or digit");
        }
        List<String> digests = environment.getProperty(key + ".token-sha256", Argument.listOf(String.class))
                .orElse(List.of()).stream().map(String::strip).filter(d -> !d.isEmpty()).toList();
        if (digests.isEmpty() || digests.size() > MAX_TOKENS
                || !digests.stream().allMatch(d -> DIGEST.matcher(d).matches())) {
            throw new ConfigurationException(key + ".token-sha256 must hold one or two SHA-256 digests of tokens, "
                    + "64 hex digits each (printf %s \"$TOKEN\" | sha256sum); tokens themselves are not configured");
        }
        List<String> scopeNames = environment.getProperty(key + ".scopes", Argument.listOf(String.class))
                .orElse(List.of());
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String scope : scopeNames) {
            scopes.add(ApiScope.of(scope).orElseThrow(() -> new ConfigurationException(key + ".scopes: unknown scope '"
                    + scope + "' (orders:read, orders:write, payouts:write, operator)")));
        }
        if (scopes.isEmpty()) {
            throw new ConfigurationException(key + ".scopes must name at least one scope");
        }
        int rate = environment.getProperty(key + ".rate-limit", Integer.class).orElse(defaultRate);
        if (rate < 0) {
            throw new ConfigurationException(key + ".rate-limit must be 0 (not limited) or a number of requests per "
                    + "second");
        }
        List<byte[]> bytes = digests.stream().map(d -> HexFormat.of().parseHex(d.toLowerCase())).toList();
        return new ApiClient(name, "client-" + name, scopes, bytes, limiter(name, rate));
    }

    private static Optional<RateLimiter> limiter(String name, int perSecond) {
        if (perSecond == 0) {
            return Optional.empty();
        }
        return Optional.of(RateLimiter.of(name, RateLimiterConfig.custom().limitForPeriod(perSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ZERO).build()));
    }

    /**
     * The name and Idempotency-Key namespace of a plain token's client: the start of its digest, never the token
     * (the namespace keys had before clients existed).
     */
    public static String tokenScope(String token) {
        return "token-" + HexFormat.of().formatHex(sha256(token)).substring(0, 16);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
