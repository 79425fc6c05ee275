package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.shared.CardDataRedaction;
import com.cpay.platform.domain.shared.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What is kept of the body of a refused webhook (forged, unsigned, unreadable, another merchant's): never the body
 * itself, since anyone can post one, card numbers and CVVs included. Its SHA-256 and length tell repeated bodies
 * apart; the excerpt shows a reviewer what it looked like, with card data masked ({@link CardDataRedaction}).
 *
 * @param sha256  SHA-256 of the body, 64 lower-case hex digits
 * @param length  the body's length in bytes
 * @param excerpt at most {@value #MAX_EXCERPT} characters of the body, redacted (checked: redacting it again
 *                changes nothing) and without control characters
 */
public record RefusedBody(String sha256, long length, String excerpt) {

    /** Longest excerpt kept. */
    public static final int MAX_EXCERPT = 256;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public RefusedBody {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(excerpt, "excerpt");
        if (!SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative");
        }
        if (excerpt.length() > MAX_EXCERPT || Checks.hasControlCharacter(excerpt)
                || !CardDataRedaction.redact(excerpt).equals(excerpt)) {
            throw new IllegalArgumentException("the excerpt must be redacted, free of control characters and at"
                    + " most " + MAX_EXCERPT + " characters long");
        }
    }

    /** Digest, length and redacted excerpt of these bytes (read as UTF-8 for the excerpt). */
    public static RefusedBody of(byte[] body) {
        Objects.requireNonNull(body, "body");
        return new RefusedBody(sha256(body), body.length,
                CardDataRedaction.excerpt(new String(body, StandardCharsets.UTF_8), MAX_EXCERPT));
    }

    /** Digest, length and redacted excerpt of this text's UTF-8 bytes. */
    public static RefusedBody of(String body) {
        return of(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "RefusedBody[sha256=" + sha256 + ", length=" + length + "]";
    }

    /** SHA-256 of these bytes, 64 lower-case hex digits. */
    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
