package com.cpay.platform.benchmarks.load;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * C-Pay's signature (section 16 of its document), written here from the document and not borrowed from the
 * adapter, so the benchmark's stub and webhooks check the app against a second implementation: leave out
 * {@code sign} and empty values, sort by name, join {@code name=value} with {@code &}, append {@code &key=<key>},
 * HMAC-SHA256 keyed with the key, lowercase hex.
 */
final class SectionSixteen {

    private final String key;
    private final SecretKeySpec keySpec;

    SectionSixteen(String key) {
        this.key = key;
        this.keySpec = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String sign(Map<String, String> fields) {
        StringBuilder text = new StringBuilder(256);
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!"sign".equals(name) && value != null && !value.isEmpty()) {
                text.append(name).append('=').append(value).append('&');
            }
        });
        text.append("key=").append(key);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keySpec);
            return HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean verifies(Map<String, String> fields) {
        String presented = fields.get("sign");
        return presented != null && MessageDigest.isEqual(sign(fields).getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
