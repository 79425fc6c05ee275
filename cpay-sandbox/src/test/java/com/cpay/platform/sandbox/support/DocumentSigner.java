package com.cpay.platform.sandbox.support;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Section 16 of the C-Pay document, written again from the document alone (plain javax.crypto, not the
 * project's CpaySigner): drop empty parameters and sign, sort by name, join name=value with &amp;, append
 * &amp;key=secret, HMAC-SHA256 keyed with the secret, lowercase hex. The test oracle for the simulator's own
 * section 16 (signing.SectionSixteen).
 */
public final class DocumentSigner {

    private DocumentSigner() {
    }

    public static String sign(Map<String, String> parameters, String secret) {
        return sign(parameters, secret, false);
    }

    /** As C-Pay's PHP SDK signs: PHP {@code empty()} also leaves out the value {@code "0"} (docs/decisions.md, decision 21). */
    public static String signAsPhp(Map<String, String> parameters, String secret) {
        return sign(parameters, secret, true);
    }

    private static String sign(Map<String, String> parameters, String secret, boolean phpEmpty) {
        TreeMap<String, String> sorted = new TreeMap<>();
        parameters.forEach((name, value) -> {
            boolean empty = value == null || value.isEmpty() || (phpEmpty && value.equals("0"));
            if (!"sign".equals(name) && !empty) {
                sorted.put(name, value);
            }
        });
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> text.append(name).append('=').append(value).append('&'));
        text.append("key=").append(secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(Integer.toHexString((b & 0xFF) | 0x100).substring(1, 3));
            }
            return hex.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
