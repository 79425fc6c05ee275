package com.cpay.platform.app.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.domain.fuzz.FuzzInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The internal API's request bodies over loopback on a running app: valid bodies of every operation with a body
 * (deposits, card orders, card payments, crypto and PIX payouts, exchanges, KYC batches, resubmit) mutated by the
 * fuzzer (a value replaced by any JSON value, a field dropped or added from the dictionary of every property name
 * in internal-api.yaml, a key written twice, content after the body, a body of its own), and the query of
 * {@code GET /api/v1/quotes}. Every answer is 2xx or a documented problem: 400 or 422 naming each field and rule,
 * 404 or 409 as problem+json (414 for a quote query longer than the request-line limit); never a 5xx but C-Pay's
 * own refusal passed on as 502 cpay-rejected with its code, as documented. There is no other tolerated answer: a
 * 5xx found here is a bug to fix.
 *
 * <p>A normal build replays the committed inputs (src/test/resources/.../InternalApiFuzzTestInputs/); {@code
 * JAZZER_FUZZ=1} fuzzes it (.ci/fuzz, README "Fuzzing").
 */
class InternalApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRODUCT = "{\"name\":\"macBook\",\"price\":\"2.00\",\"num\":1,\"currency\":\"USD\"}";
    private static final List<Operation> OPERATIONS = List.of(
            new Operation("/api/v1/deposits", "{\"userId\":\"fuzz-user\",\"cryptoCurrency\":\"USDT\",\"amount\":\"3\","
                    + "\"extInfo\":\"{\\\"k\\\":1}\"}"),
            new Operation("/api/v1/card-orders", "{\"userId\":\"card-user\",\"currency\":\"USD\",\"amount\":\"2.00\","
                    + "\"products\":[" + PRODUCT + "],\"country\":\"US\",\"email\":\"asdf@gmail.com\","
                    + "\"ip\":\"203.0.113.10\",\"language\":\"en-US\"}"),
            new Operation("/api/v1/card-payments", "{\"userId\":\"card-user\",\"currency\":\"USD\",\"amount\":\"2.00\","
                    + "\"card\":{\"cardNumber\":\"4111111111111111\",\"cvv\":\"123\",\"expDate\":\"12/39\"},"
                    + "\"cardholder\":{\"firstName\":\"hart\",\"lastName\":\"lee\",\"email\":\"asdf@gmail.com\","
                    + "\"iddCode\":\"353\",\"mobile\":\"712345678\"},\"billingAddress\":{\"addressLine\":\"Grafton 1\","
                    + "\"country\":\"IE\",\"city\":\"Dublin\",\"zip\":\"D02X285\"},\"browser\":{\"clientHttpAccept\":"
                    + "\"text/html\",\"clientHttpUserAgent\":\"Mozilla/5.0\",\"ip\":\"203.0.113.10\"},"
                    + "\"products\":[" + PRODUCT + "]}"),
            new Operation("/api/v1/payouts/crypto", "{\"userId\":\"2345\",\"cryptoCurrency\":\"USDT\","
                    + "\"network\":\"TRON(TRC-20)\",\"toAddress\":\"TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw\","
                    + "\"totalAmount\":\"10\",\"receivedAmount\":\"9\"}"),
            new Operation("/api/v1/payouts/pix", "{\"userId\":\"1001\",\"amount\":\"5\",\"currency\":\"BRL\","
                    + "\"country\":\"BRA\",\"accountType\":\"CPF_CNPJ\",\"toAccount\":\"123.456.789-09\"}"),
            new Operation("/api/v1/exchanges", "{\"userId\":\"x-1\",\"sourceCurrency\":\"USDT\",\"sourceAmount\":\"4\","
                    + "\"targetCurrency\":\"ETH\"}"),
            new Operation("/api/v1/kyc-batches", "{\"users\":[{\"userId\":\"k-1\",\"firstName\":\"hart\","
                    + "\"lastName\":\"lee\",\"birthday\":\"1987-05-01\",\"gender\":\"MALE\",\"country\":\"RU\","
                    + "\"iddCode\":\"7\",\"personalCode\":\"12341234123\",\"certificateDateStart\":\"2008-01-01\","
                    + "\"certificateDateEnd\":\"2038-01-01\",\"idCardUrls\":[\"https://files.merchant.example/id.jpg\"],"
                    + "\"email\":\"asdf@gmail.com\",\"mobile\":\"23452345\"}]}"),
            new Operation("/api/v1/orders/no-such-order/resubmit", "{\"reason\":\"checked at C-Pay\"}"));
    private static final List<String> QUOTE_ASSETS = List.of("USD", "EUR", "BRL", "USDT", "ETH", "BTC", "TRX", "usd",
            "");
    private static final List<String> FIELDS = propertyNames();
    // Netty's default limit on "METHOD URI VERSION", which the app keeps: longer is 414.
    private static final int MAX_REQUEST_LINE = 4096;

    private static TestApp app;
    private static Http http;

    record Operation(String path, String template) {
    }

    @BeforeAll
    static void start() {
        app = TestApp.start();
        http = new Http(app.url());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @FuzzTest
    void requestBody(FuzzedDataProvider data) {
        FuzzInput input = new FuzzInput(data);
        if (input.intIn(0, 9) == 0) {
            String query = quoteQuery(input);
            HttpResponse<String> answer = http.get(query, "Authorization", Http.bearer());
            if (("GET " + query + " HTTP/1.1").length() > MAX_REQUEST_LINE) {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(414);
                assertProblem(answer);
            } else {
                assertDocumented(answer, "quote " + query);
            }
            return;
        }
        Operation operation = input.pick(OPERATIONS);
        String body = switch (input.intIn(0, 15)) {
            case 0 -> input.jsonObject(FIELDS, 8);
            case 1 -> spliced(mutated(operation.template(), input), input);
            default -> mutated(operation.template(), input);
        };

        assertDocumented(http.postJson(operation.path(), body), body);
    }

    private static void assertDocumented(HttpResponse<String> answer, String request) {
        int status = answer.statusCode();
        if (status == 502) {
            // C-Pay refused what it alone can judge (a pair it has no rate for): passed on as internal-api.yaml
            // documents for every operation that asks C-Pay, with C-Pay's code
            assertProblem(answer);
            JsonNode refusal = read(answer.body());
            assertThat(refusal.path("type").asText()).as(request).isEqualTo("urn:cpay-platform:problem:cpay-rejected");
            assertThat(refusal.path("cpayCode").isIntegralNumber()).as(answer.body()).isTrue();
            return;
        }
        assertThat(status).as("%s -> %s", request, answer.body()).isIn(200, 201, 202, 400, 404, 409, 422);
        if (status >= 400) {
            assertProblem(answer);
        }
    }

    private static void assertProblem(HttpResponse<String> answer) {
        int status = answer.statusCode();
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = read(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isNotBlank();
        if (status == 400 || status == 422) {
            assertThat(problem.path("violations")).as(answer.body()).isNotEmpty().allSatisfy(v -> {
                assertThat(v.path("field").asText()).isNotBlank();
                assertThat(v.path("rule").asText()).isNotBlank();
                assertThat(v.path("message").asText()).isNotBlank();
            });
        }
    }

    // A valid body with 1 to 4 changes, each anywhere in its tree.
    private static String mutated(String template, FuzzInput input) {
        JsonNode root = read(template);
        int changes = input.intIn(1, 4);
        for (int i = 0; i < changes; i++) {
            List<ContainerNode<?>> containers = new ArrayList<>();
            collect(root, containers);
            ContainerNode<?> target = input.pick(containers);
            JsonNode value = readOrText(input.jsonValue(FIELDS, 2));
            if (target instanceof ObjectNode object) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                switch (input.intIn(0, 3)) {
                    case 0 -> object.set(input.pick(FIELDS), value);
                    case 1 -> {
                        if (!names.isEmpty()) {
                            object.remove(input.pick(names));
                        }
                    }
                    default -> object.set(names.isEmpty() ? input.pick(FIELDS) : input.pick(names), value);
                }
            } else if (target instanceof ArrayNode array) {
                if (array.isEmpty() || input.bool()) {
                    array.add(input.bool() ? value : array.isEmpty() ? value : array.get(0).deepCopy());
                } else {
                    array.set(input.intIn(0, array.size() - 1), value);
                }
            }
        }
        return write(root);
    }

    // What a lenient reader would take differently: a key written twice, content after the body, a cut-off end.
    private static String spliced(String body, FuzzInput input) {
        return switch (input.intIn(0, 2)) {
            case 0 -> "{" + FuzzInput.quoted(input.pick(FIELDS)) + ":" + input.jsonValue(FIELDS, 1) + ","
                    + body.substring(1);
            case 1 -> body + input.text(10);
            default -> body.substring(0, input.intIn(0, body.length()));
        };
    }

    private static String quoteQuery(FuzzInput input) {
        StringBuilder query = new StringBuilder("/api/v1/quotes?");
        for (String name : List.of("sourceCurrency", "targetCurrency", "purchaseType", "amount", "channel")) {
            if (input.intIn(0, 7) == 0) {
                continue;
            }
            String value = switch (name) {
                case "purchaseType" -> input.bool() ? input.pick(List.of("BY_SOURCE_AMOUNT", "BY_TARGET_AMOUNT"))
                        : input.text(20);
                case "amount" -> input.amountText();
                case "channel" -> input.bool() ? input.pick(List.of("CRYPTO", "CARD")) : input.text(8);
                default -> input.bool() ? input.pick(QUOTE_ASSETS) : input.text(20);
            };
            query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
        return query.toString();
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> into) {
        if (node instanceof ContainerNode<?> container) {
            into.add(container);
            node.elements().forEachRemaining(child -> collect(child, into));
        }
    }

    // Every property name internal-api.yaml describes: the fuzzer's dictionary of field names.
    private static List<String> propertyNames() {
        try (InputStream spec = InternalApiFuzzTest.class.getResourceAsStream("/internal-api.yaml")) {
            assertThat(spec).as("internal-api.yaml on the test class path (cpay-spec)").isNotNull();
            JsonNode schemas = new YAMLMapper().readTree(spec).path("components").path("schemas");
            TreeSet<String> names = new TreeSet<>();
            schemas.elements().forEachRemaining(schema -> schema.path("properties").fieldNames()
                    .forEachRemaining(names::add));
            assertThat(names).contains("userId", "amount", "products");
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readOrText(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
