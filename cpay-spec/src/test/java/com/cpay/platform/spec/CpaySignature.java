package com.cpay.platform.spec;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The signature exactly as the Sign description states it, used to check the signed examples. */
final class CpaySignature {

    private CpaySignature() {
    }

    static String stringToSign(Map<String, String> params, String key) {
        TreeMap<String, String> kept = new TreeMap<>();
        params.forEach((name, value) -> {
            if (!name.equals("sign") && value != null && !value.isEmpty()) {
                kept.put(name, value);
            }
        });
        return kept.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&")) + "&key=" + key;
    }

    static String sign(Map<String, String> params, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(stringToSign(params, key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
