package com.cpay.platform.app.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.app.support.Webhooks;
import com.cpay.platform.domain.fuzz.FuzzInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /cpay/webhooks} over loopback on a running app, fed what anyone on the internet can send: the answer
 * is always one the intake documents, text {@code FAIL} with 400 for a refused body, {@code OK} with 200 for one it
 * kept; never a 5xx, never an exception escaping the adapter or the use case. {@link #rawBody} posts arbitrary bytes
 * under a chosen content type (the parser and the signature check); {@link #signedFields} posts notifications
 * correctly signed with the sandbox key, JSON or form, whose fields are fuzzed, so that fuzzing reaches past the
 * signature into reading the fields and applying them to orders (one real order exists for them to match).
 *
 * <p>A normal build replays the committed inputs (src/test/resources/.../WebhookFuzzTestInputs/); {@code
 * JAZZER_FUZZ=1} fuzzes one method (.ci/fuzz, README "Fuzzing").
 */
class WebhookFuzzTest {

    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=UTF-8",
            "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=ISO-8859-1",
            "application/x-www-form-urlencoded; charset=nonsense", "text/plain", "application/xml", "",
            "application/json; charset=UTF-16");
    private static final List<String> FIELDS = List.of("merchantId", "merchantTradeNo", "merchantUserId", "orderId",
            "orderStatus", "hash", "actualAmount", "receivedAmount", "fee", "cryptoCurrency", "network", "remark",
            "extInfo", "createTime", "sign", "cardNumber");
    private static final List<String> STATUSES = List.of("10", "11", "14", "15", "12", "0", "-1", "014", "99999999999");
    private static final List<String> NETWORKS = List.of("TRON(TRC-20)", "TRON", "Ethereum(ERC-20)", "BSC(BEP-20)",
            "Bitcoin", "Solana", "");
    private static final List<String> ASSETS = List.of("USDT", "BTC", "ETH", "TRX", "BNB", "usdt", "XYZ", "");

    private static TestApp app;
    private static Http http;
    private static String orderTradeNo;
    private static String orderId;

    @BeforeAll
    static void start() {
        // refused webhooks are rate-limited per source; the fuzzer is one source sending thousands on purpose
        app = TestApp.start(Map.of("cpay.webhooks.refused.limit", Integer.toString(Integer.MAX_VALUE),
                "cpay.webhooks.refused.max-stored", "100"));
        http = new Http(app.url());
        HttpResponse<String> created = http.postJson("/api/v1/deposits",
                "{\"userId\":\"fuzz-user\",\"cryptoCurrency\":\"USDT\",\"amount\":\"10\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        orderTradeNo = field(created.body(), "merchantTradeNo");
        orderId = field(created.body(), "cpayOrderId");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @FuzzTest
    void rawBody(FuzzedDataProvider data) {
        String contentType = data.consumeBoolean() ? data.pickValue(CONTENT_TYPES)
                : headerValue(data.consumeString(40));
        byte[] body = data.consumeRemainingAsBytes();

        HttpResponse<String> answer = post(body, contentType);

        assertThat(answer.statusCode()).as("refused as documented").isEqualTo(400);
        assertThat(answer.body()).isEqualTo("FAIL");
    }

    @FuzzTest
    void signedFields(FuzzedDataProvider data) {
        FuzzInput input = new FuzzInput(data);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("merchantId", input.intIn(0, 7) == 0 ? input.text(12) : Webhooks.MERCHANT_ID);
        if (input.bool()) {
            fields.put("merchantTradeNo", input.bool() ? orderTradeNo : input.text(40));
        }
        fields.put("merchantUserId", input.bool() ? "fuzz-user" : input.text(20));
        if (input.bool()) {
            fields.put("orderId", input.bool() ? orderId : input.text(40));
        }
        fields.put("orderStatus", input.bool() ? input.pick(STATUSES) : input.text(4));
        for (String amount : List.of("actualAmount", "receivedAmount", "fee")) {
            if (input.bool()) {
                fields.put(amount, input.amountText());
            }
        }
        fields.put("cryptoCurrency", input.bool() ? input.pick(ASSETS) : input.text(10));
        optional(input, fields, "network", () -> input.bool() ? input.pick(NETWORKS) : input.text(70));
        optional(input, fields, "hash", () -> input.text(80));
        optional(input, fields, "remark", () -> input.text(60));
        optional(input, fields, "extInfo", () -> input.bool() ? input.jsonValue(FIELDS, 1) : input.text(40));
        fields.put("createTime", switch (input.intIn(0, 3)) {
            case 0 -> Long.toString(System.currentTimeMillis());
            case 1 -> Long.toString(data.consumeLong());
            case 2 -> input.amountText();
            default -> input.text(20);
        });
        optional(input, fields, input.pick(FIELDS) + input.text(3), () -> input.text(30));
        fields.remove("sign");
        String sign = new CpaySigner(SecretKey.of(Webhooks.KEY)).sign(fields);
        boolean json = input.bool();

        HttpResponse<String> answer = json
                ? post(json(fields, sign).getBytes(StandardCharsets.UTF_8), "application/json")
                : post(form(fields, sign).getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");

        assertThat(answer.statusCode()).as("%s: %s", fields, answer.body()).isIn(200, 400);
        assertThat(answer.body()).isEqualTo(answer.statusCode() == 200 ? "OK" : "FAIL");
    }

    private static void optional(FuzzInput input, Map<String, String> fields, String name,
                                 java.util.function.Supplier<String> value) {
        if (input.bool()) {
            fields.put(name, value.get());
        }
    }

    private static HttpResponse<String> post(byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.url().resolve("/cpay/webhooks"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return contentType.isEmpty() ? http.send(request) : http.send(request, "Content-Type", contentType);
    }

    private static String json(Map<String, String> fields, String sign) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("sign", sign);
        return all.entrySet().stream().map(e -> FuzzInput.quoted(e.getKey()) + ":" + FuzzInput.quoted(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String form(Map<String, String> fields, String sign) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("sign", sign);
        return all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    // The HTTP client refuses to send a header value with control or non-ASCII characters; a server never sees one.
    private static String headerValue(String text) {
        return text.chars().filter(c -> c >= 0x20 && c < 0x7f).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    }

    private static String field(String json, String name) {
        var m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }
}
