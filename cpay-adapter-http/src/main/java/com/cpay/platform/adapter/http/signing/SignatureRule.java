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
        return signedPart(parameters, rule).append("key=").append(key.value()).toString();
    }

    /**
     * {@code a=1&b=2&}: the part of the string to sign before the key. Sorted by insertion into two arrays rather
     * than through a TreeMap: signing is on every request and every answer checked, a request has a dozen
     * parameters, and the tree's nodes and lookups were most of the signer's time next to the HMAC. Names are
     * unique (they are a map's keys), so String order alone decides, as a TreeMap's would.
     */
    /**
     * Above this many parameters the insertion sort's quadratic cost would let a forged notification with
     * thousands of fields buy seconds of CPU per request, so larger maps go through a tree, n log n.
     */
    private static final int INSERTION_SORT_LIMIT = 32;

    static StringBuilder signedPart(Map<String, String> parameters, EmptyRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (parameters.size() > INSERTION_SORT_LIMIT) {
            return sortedByTree(parameters, rule);
        }
        String[] names = new String[parameters.size()];
        String[] values = new String[names.length];
        int count = 0;
        int length = 0;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String value = parameter.getValue();
            if (!isSigned(name, value, rule)) {
                continue;
            }
            int at = count++;
            while (at > 0 && names[at - 1].compareTo(name) > 0) {
                names[at] = names[at - 1];
                values[at] = values[at - 1];
                at--;
            }
            names[at] = name;
            values[at] = value;
            length += name.length() + value.length() + 2;
        }
        StringBuilder text = new StringBuilder(length + 80);
        for (int i = 0; i < count; i++) {
            text.append(names[i]).append('=').append(values[i]).append('&');
        }
        return text;
    }

    private static StringBuilder sortedByTree(Map<String, String> parameters, EmptyRule rule) {
        TreeMap<String, String> sorted = new TreeMap<>();
        parameters.forEach((name, value) -> {
            if (isSigned(name, value, rule)) {
                sorted.put(name, value);
            }
        });
        StringBuilder text = new StringBuilder(256);
        sorted.forEach((name, value) -> text.append(name).append('=').append(value).append('&'));
        return text;
    }
}
