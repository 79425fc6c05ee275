package com.cpay.platform.sandbox.signing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Section 16 of the C-Pay document for one secret key: leave out {@code sign} and the empty values (as the
 * {@link EmptyRule} reads "empty"), sort the rest by name in Java String order, join {@code name=value} with
 * {@code &} (raw values, never URL-encoded), append {@code &key=<secret>}, HMAC-SHA256 keyed with the secret over
 * the UTF-8 bytes, 64 lowercase hex characters (docs/decisions.md, decisions 16, 17). Verification compares in constant
 * time. Thread-safe. Nothing here logs, and {@link #toString()} never shows the key.
 */
public final class SectionSixteen {

    public static final String SIGN = "sign";

    private static final String HMAC = "HmacSHA256";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final String secret;
    private final SecretKeySpec keySpec;

    /** @throws IllegalArgumentException when the key is null or blank (the message never repeats it) */
    public SectionSixteen(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a merchant secret key is required and must not be blank");
        }
        this.secret = secret;
        this.keySpec = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /**
     * {@code a=1&b=2&key=<secret>}. Package-private: the text contains the secret; tests compare it with the
     * vectors of signature-vectors.json.
     */
    String stringToSign(Map<String, String> parameters, EmptyRule rule) {
        Objects.requireNonNull(rule, "rule");
        TreeMap<String, String> signed = new TreeMap<>();
        parameters.forEach((name, value) -> {
            if (name != null && !SIGN.equals(name) && !rule.isEmpty(value)) {
                signed.put(name, value);
            }
        });
        StringBuilder text = new StringBuilder(256);
        signed.forEach((name, value) -> text.append(name).append('=').append(value).append('&'));
        return text.append("key=").append(secret).toString();
    }

    /** The {@code sign} of these parameters; a {@code sign} entry among them is ignored. */
    public String sign(Map<String, String> parameters, EmptyRule rule) {
        byte[] digest = mac().doFinal(stringToSign(parameters, rule).getBytes(StandardCharsets.UTF_8));
        char[] hex = new char[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            hex[2 * i] = HEX[(digest[i] >> 4) & 0x0F];
            hex[2 * i + 1] = HEX[digest[i] & 0x0F];
        }
        return new String(hex);
    }

    /** Checks the parameters' own {@code sign} entry against every other parameter they carry. */
    public Verdict verify(Map<String, String> parameters, EmptyRule rule) {
        String presented = parameters.get(SIGN);
        if (presented == null || presented.isEmpty()) {
            return Verdict.MISSING;
        }
        byte[] expected = sign(parameters, rule).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8)) ? Verdict.VALID : Verdict.INVALID;
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(keySpec);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "SectionSixteen[key redacted]";
    }

    /** The outcome of a check, as the request log shows it ({@code valid}, {@code invalid}, {@code missing}). */
    public enum Verdict {
        VALID, INVALID, MISSING;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
