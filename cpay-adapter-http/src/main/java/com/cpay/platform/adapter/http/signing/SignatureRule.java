package com.cpay.platform.adapter.http.signing;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Section 16 of the C-Pay document, the part that decides which parameters are signed and how they
 * are joined (docs/decisions.md, decisions 16 and 21). Which values count as "empty" is the {@link EmptyRule}'s
 * business; everything else (drop {@code sign}, sort, join, append the key) is common to both readings.
 */
final class SignatureRule {

    static final String SIGN_PARAMETER = "sign";

    private SignatureRule() {
    }

    /** Whether this parameter takes part in the signature under this reading. */
    static boolean isSigned(String name, String value, EmptyRule rule) {
        return !SIGN_PARAMETER.equals(name) && !rule.isEmpty(value);
    }

    /**
     * {@code a=1&b=2&key=<secret>} under the document's reading ({@code "0"} is signed).
     *
     * @see #stringToSign(Map, SecretKey, EmptyRule)
     */
    static String stringToSign(Map<String, String> parameters, SecretKey key) {
        return stringToSign(parameters, key, EmptyRule.DOCUMENT);
    }

    /**
     * {@code a=1&b=2&key=<secret>}: the parameters this reading signs, names in Java String order, raw values
     * (never URL-encoded). The result contains the secret, so it must never be logged.
     */
    static String stringToSign(Map<String, String> parameters, SecretKey key, EmptyRule rule) {
        Objects.requireNonNull(rule, "rule");
        TreeMap<String, String> sorted = new TreeMap<>();
        parameters.forEach((name, value) -> {
            if (isSigned(name, value, rule)) {
                sorted.put(name, value);
            }
        });
        StringBuilder text = new StringBuilder(256);
        sorted.forEach((name, value) -> text.append(name).append('=').append(value).append('&'));
        return text.append("key=").append(key.value()).toString();
    }
}
