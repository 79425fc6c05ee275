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
     * Above this many parameters an insertion sort's quadratic cost would let a forged notification with thousands
     * of fields buy seconds of CPU per request, so larger maps are sorted through a tree, n log n.
     */
    static final int INSERTION_SORT_LIMIT = 32;

    /** {@code a=1&b=2&}: the part of the string to sign before the key. */
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
            if (isSigned(parameter.getKey(), parameter.getValue(), rule)) {
                names[count] = parameter.getKey();
                values[count++] = parameter.getValue();
                length += parameter.getKey().length() + parameter.getValue().length() + 2;
            }
        }
        int[] order = sortedPositions(names, count);
        StringBuilder text = new StringBuilder(length + 80);
        for (int position : order) {
            text.append(names[position]).append('=').append(values[position]).append('&');
        }
        return text;
    }

    /**
     * The positions of the first {@code count} names (at most {@link #INSERTION_SORT_LIMIT}, all different, as a
     * map's keys are) in Java String order: {@code names[order[0]]} sorts first. Sorted by insertion rather than
     * through a TreeMap, and compared first by a number made of each name's first three chars ({@link #prefixOf}),
     * {@code compareTo} only where those tie: signing is on every request and every answer checked, a request has a
     * dozen parameters, and the tree, then the String comparisons, were most of the signer's time next to the HMAC.
     * Only ints move, never references (a reference stored into an array costs a GC write barrier).
     */
    static int[] sortedPositions(String[] names, int count) {
        if (count > INSERTION_SORT_LIMIT) {
            throw new IllegalArgumentException("sortedPositions takes at most " + INSERTION_SORT_LIMIT + " names");
        }
        int[] order = new int[count];
        long[] prefixes = new long[count];
        for (int i = 0; i < count; i++) {
            long prefix = prefixOf(names[i]);
            int at = i;
            while (at > 0 && (prefixes[at - 1] > prefix
                    || prefixes[at - 1] == prefix && names[order[at - 1]].compareTo(names[i]) > 0)) {
                order[at] = order[at - 1];
                prefixes[at] = prefixes[at - 1];
                at--;
            }
            order[at] = i;
            prefixes[at] = prefix;
        }
        return order;
    }

    /**
     * The first three chars of a name as one number that orders as String order does: each char {@code c} counts as
     * {@code c + 1} in 17 bits, a missing one (a shorter name) as 0, so a prefix sorts first. Two names whose
     * numbers differ are in the numbers' order; equal numbers say nothing, and the names are compared.
     */
    static long prefixOf(String name) {
        int length = name.length();
        long first = length > 0 ? name.charAt(0) + 1L : 0;
        long second = length > 1 ? name.charAt(1) + 1L : 0;
        long third = length > 2 ? name.charAt(2) + 1L : 0;
        return first << 34 | second << 17 | third;
    }

    private static StringBuilder sortedByTree(Map<String, String> parameters, EmptyRule rule) {
        Objects.requireNonNull(rule, "rule");
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
