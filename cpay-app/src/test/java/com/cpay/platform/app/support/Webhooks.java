package com.cpay.platform.app.support;

import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.SecretKey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds C-Pay notifications (s.15) signed the way C-Pay signs them (s.16), as JSON. */
public final class Webhooks {

    /** The embedded simulator's merchant. */
    public static final String MERCHANT_ID = "20003092";
    public static final String KEY = "sandbox-secret-key-change-me";

    private Webhooks() {
    }

    public static Map<String, String> notification(String merchantTradeNo, String orderId, String status,
                                                   String amount) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("merchantId", MERCHANT_ID);
        if (merchantTradeNo != null) {
            fields.put("merchantTradeNo", merchantTradeNo);
        }
        fields.put("merchantUserId", "u1");
        fields.put("orderId", orderId);
        fields.put("orderStatus", status);
        fields.put("actualAmount", amount);
        fields.put("receivedAmount", amount);
        fields.put("fee", "0");
        fields.put("cryptoCurrency", "USDT");
        fields.put("createTime", Long.toString(System.currentTimeMillis()));
        return fields;
    }

    /** The fields with {@code sign} computed with {@code key}, as a JSON object. */
    public static String signedJson(Map<String, String> fields, String key) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("sign", new CpaySigner(SecretKey.of(key)).sign(fields));
        return all.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The fields with {@code sign}, form-encoded. */
    public static String signedForm(Map<String, String> fields, String key) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("sign", new CpaySigner(SecretKey.of(key)).sign(fields));
        return all.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(),
                java.nio.charset.StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
