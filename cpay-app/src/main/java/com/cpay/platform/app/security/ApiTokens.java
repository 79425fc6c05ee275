package com.cpay.platform.app.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The bearer tokens of internal clients ({@code cpay.api-tokens}, comma-separated). Only their SHA-256 digests
 * are kept; a presented token is compared with every one of them in constant time (digests of equal length,
 * {@link MessageDigest#isEqual}, no early exit), so neither the content nor the length of a token leaks through
 * timing. Tokens are never logged.
 */
@Singleton
public class ApiTokens {

    private final List<byte[]> digests;

    public ApiTokens(@Value("${cpay.api-tokens:}") List<String> tokens) {
        this.digests = tokens.stream().filter(t -> t != null && !t.isBlank()).map(t -> sha256(t.trim())).toList();
    }

    /** Whether the token is one of the configured ones. */
    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] digest = sha256(presented);
        boolean match = false;
        for (byte[] known : digests) {
            match |= MessageDigest.isEqual(known, digest);
        }
        return match;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
