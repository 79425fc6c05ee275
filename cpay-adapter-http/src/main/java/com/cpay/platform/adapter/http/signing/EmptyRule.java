package com.cpay.platform.adapter.http.signing;

import java.util.Map;

/**
 * The two readings of section 16's "empty parameters should not be involved in the signature"
 * (docs/decisions.md, decision 21, revised 2026-12-05). This is the only place that says which values are empty.
 * <ul>
 *   <li>{@link #DOCUMENT}: only null and {@code ""} are empty, so {@code "0"} is signed (the document's Java
 *   demo keeps it);</li>
 *   <li>{@link #PHP}: PHP's {@code empty()} on a string, as C-Pay's public PHP SDK signs: null, {@code ""} and
 *   {@code "0"} are empty ({@code "0.0"}, {@code "00"} and {@code " "} are not).</li>
 * </ul>
 * Both readings give the same string to sign unless a parameter (other than {@code sign}) is exactly
 * {@code "0"}; then {@link #DOCUMENT} is the one reported.
 */
public enum EmptyRule {

    /** Only null and the empty string are empty; {@code "0"} is signed. */
    DOCUMENT,

    /** PHP {@code empty()}: null, the empty string and {@code "0"} are empty, so {@code "0"} is not signed. */
    PHP;

    /** The value PHP's {@code empty()} drops and the document's rule keeps. */
    static final String ZERO = "0";

    /** Whether this reading leaves a parameter with this value out of the string to sign. */
    public boolean isEmpty(String value) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        return this == PHP && ZERO.equals(value);
    }

    /** The other reading. */
    public EmptyRule other() {
        return this == DOCUMENT ? PHP : DOCUMENT;
    }

    /**
     * Whether the two readings sign these parameters differently: true when a parameter other than
     * {@code sign} is exactly {@code "0"}.
     */
    public static boolean readingsDiffer(Map<String, String> parameters) {
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (!SignatureRule.SIGN_PARAMETER.equals(e.getKey()) && ZERO.equals(e.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** A stable lower-case word for logs and metrics tags: {@code document} or {@code php}. */
    public String code() {
        return this == DOCUMENT ? "document" : "php";
    }
}
