package com.cpay.platform.sandbox.support;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Section 16 of the C-Pay document, written again from the document alone (plain javax.crypto, not the
 * project's CpaySigner): drop empty parameters and sign, sort by name, join name=value with &amp;, append
 * &amp;key=secret, HMAC-SHA256 keyed with the secret, lowercase hex.
 */
public final class DocumentSigner {

    private DocumentSigner() {
    }

    public static String sign(Map<String, String> parameters, String secret) {
        TreeMap<String, String> sorted = new TreeMap<>();
        parameters.forEach((name, value) -> {
            if (!"sign".equals(name) && value != null && !value.isEmpty()) {
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
