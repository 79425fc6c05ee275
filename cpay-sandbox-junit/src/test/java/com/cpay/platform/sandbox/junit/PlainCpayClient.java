package com.cpay.platform.sandbox.junit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What another team's code would be: a C-Pay client written from the C-Pay document alone (form POST, section 16
 * signature with HMAC-SHA256), knowing nothing of the simulator but its URL and the merchant's credentials.
 */
final class PlainCpayClient {

    private final URI base;
    private final String merchantId;
    private final String secretKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PlainCpayClient(CpaySandboxHandle cpay) {
        this.base = cpay.baseUrl();
        this.merchantId = cpay.merchantId();
        this.secretKey = cpay.secretKey();
    }

    /** POSTs the operation's fields as a signed form; the status and the raw answer. */
    HttpResponse<String> post(String operation, Map<String, String> fields) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("merchantId", merchantId);
        signed.put("sign", sign(signed, secretKey));
        return postForm(operation, signed);
    }

    HttpResponse<String> postForm(String operation, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/openapi/v1/" + operation))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // Section 16: non-empty fields but sign, sorted by name, name=value joined by &, then &key=<secret>.
    static String sign(Map<String, String> fields, String secretKey) {
        Map<String, String> sorted = new TreeMap<>(fields);
        sorted.remove("sign");
        sorted.values().removeIf(String::isEmpty);
        String text = sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"))
                + "&key=" + secretKey;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> deposit(String merchantTradeNo) {
        return Map.of("merchantTradeNo", merchantTradeNo, "createTime", "1668569197000", "userId", "user-1",
                "amount", "3", "cryptoCurrency", "USDT", "successURL", "https://merchant.example.com/ok");
    }
}
