package com.cpay.platform.app.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Section 16 written again from the document's Java demo, independently of the adapter's signer: drop null and
 * empty values and {@code sign}, sort by name, join {@code name=value} with {@code &}, append {@code &key=<key>},
 * HMAC-SHA256 keyed with the key, lowercase hex. The contract's examples are signed with it, so the consumer test
 * checks the application's verifier against a second implementation, not against itself.
 */
final class DocumentSignature {

    private DocumentSignature() {
    }

    static String sign(Map<String, String> fields, String key) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!"sign".equals(name) && value != null && !value.isEmpty()) {
                text.append(name).append('=').append(value).append('&');
            }
        });
        text.append("key=").append(key);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
