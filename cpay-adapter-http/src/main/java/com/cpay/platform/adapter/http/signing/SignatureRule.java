package com.cpay.platform.adapter.http.signing;

import java.util.Map;
import java.util.TreeMap;

/**
 * Section 16 of the C-Pay document, the part that decides which parameters are signed and how they
 * are joined (SPEC-DECISIONS rows 16 and 21). Kept in one place so that, if the real sandbox proves
 * the PHP SDK's reading of "empty" right, the change is one line here.
 */
final class SignatureRule {

    static final String SIGN_PARAMETER = "sign";

    private SignatureRule() {
    }

    /** Null and the empty string are "empty"; {@code "0"} is not (the Java demo signs it). */
    static boolean isSigned(String name, String value) {
        return !SIGN_PARAMETER.equals(name) && value != null && !value.isEmpty();
    }

    /**
     * {@code a=1&b=2&key=<secret>}: names in Java String order, raw values (never URL-encoded).
     * The result contains the secret, so it must never be logged.
     */
    static String stringToSign(Map<String, String> parameters, SecretKey key) {
        TreeMap<String, String> sorted = new TreeMap<>();
        parameters.forEach((name, value) -> {
            if (isSigned(name, value)) {
                sorted.put(name, value);
            }
        });
        StringBuilder text = new StringBuilder(256);
        sorted.forEach((name, value) -> text.append(name).append('=').append(value).append('&'));
        return text.append("key=").append(key.value()).toString();
    }
}
