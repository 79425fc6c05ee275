package com.cpay.platform.app.security;

import io.github.resilience4j.ratelimiter.RateLimiter;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A caller of the internal API: its name, what it may do, the SHA-256 digests of its tokens (two during a rotation)
 * and its request rate limit. The tokens themselves are never held.
 *
 * @param name             the client's name, as configured ({@code cpay.api-clients.<name>})
 * @param idempotencyScope the namespace of its Idempotency-Keys: the same for all its tokens, so a retry sent with
 *                         the new token during a rotation still finds the first attempt
 * @param scopes           what it may do
 * @param tokenDigests     SHA-256 of each accepted token
 * @param limiter          its request rate, when limited
 */
public record ApiClient(String name, String idempotencyScope, Set<ApiScope> scopes, List<byte[]> tokenDigests,
                        Optional<RateLimiter> limiter) {

    public ApiClient {
        scopes = Set.copyOf(scopes);
        tokenDigests = List.copyOf(tokenDigests);
    }

    /** Whether one of its tokens has this digest; every digest is compared, in constant time each. */
    boolean holds(byte[] presentedDigest) {
        boolean match = false;
        for (byte[] known : tokenDigests) {
            match |= MessageDigest.isEqual(known, presentedDigest);
        }
        return match;
    }

    public boolean may(ApiScope scope) {
        return scopes.contains(scope);
    }
}
