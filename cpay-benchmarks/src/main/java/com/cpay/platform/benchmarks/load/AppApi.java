package com.cpay.platform.benchmarks.load;

import com.cpay.platform.sandbox.signing.EmptyRule;
import com.cpay.platform.sandbox.signing.SectionSixteen;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The three requests the driver sends, over one shared JDK HttpClient (HTTP/1.1, keep-alive): create a deposit,
 * read one order, deliver a signed C-Pay notification to the webhook endpoint.
 */
final class AppApi {

    static final String TOKEN = "cpay-sandbox-dev-token";
    static final String AMOUNT = "25";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final SectionSixteen signature;
    private final String merchantId;

    AppApi(String secretKey, String merchantId) {
        this.signature = new SectionSixteen(secretKey);
        this.merchantId = merchantId;
    }

    /** POST /api/v1/deposits with a fresh Idempotency-Key; 201 when created. */
    int createDeposit(URI app, String merchantTradeNo) throws IOException, InterruptedException {
        return createDeposit(app, merchantTradeNo, UUID.randomUUID().toString());
    }

    /**
     * POST /api/v1/deposits under the given Idempotency-Key; 201 when created, and 201 again, replayed from the
     * stored answer, for every later call with the same key and order.
     */
    int createDeposit(URI app, String merchantTradeNo, String idempotencyKey) throws IOException, InterruptedException {
        String body = "{\"userId\":\"user-" + (merchantTradeNo.hashCode() & 0xff) + "\",\"merchantTradeNo\":\""
                + merchantTradeNo + "\",\"cryptoCurrency\":\"USDT\",\"amount\":\"" + AMOUNT + "\"}";
        HttpRequest request = HttpRequest.newBuilder(app.resolve("/api/v1/deposits"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** GET /api/v1/orders/{merchantTradeNo}; 200 when found. */
    int readOrder(URI app, String merchantTradeNo) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(app.resolve("/api/v1/orders/" + merchantTradeNo))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * POST /cpay/webhooks: C-Pay's notification (s.15) that the order is PROCESSING (11), signed with the
     * merchant's key. Answers {@code OK} with 200 once verified and stored.
     */
    int deliverProcessing(URI app, String merchantTradeNo, long createTime) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("merchantId", merchantId);
        fields.put("merchantTradeNo", merchantTradeNo);
        fields.put("orderId", CpayStub.orderIdFor(merchantTradeNo));
        fields.put("orderStatus", "11");
        fields.put("actualAmount", AMOUNT);
        fields.put("receivedAmount", "24.5");
        fields.put("fee", "0.5");
        fields.put("cryptoCurrency", "USDT");
        fields.put("network", "TRC20");
        fields.put("createTime", Long.toString(createTime));
        fields.put("sign", signature.sign(fields, EmptyRule.DOCUMENT));
        String body = fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
        HttpRequest request = HttpRequest.newBuilder(app.resolve("/cpay/webhooks"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 && "OK".equals(answer.body().trim()) ? 200 : answer.statusCode() + 1000;
    }
}
