package com.cpay.platform.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings({"rawtypes", "unchecked"})
@DisplayName("The C-Pay merchant API spec")
class MerchantApiSpecTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String SIGN_REF = "#/components/schemas/Sign";

    /** operationId -> "METHOD path", as the document gives them (createFiatPayoutOrder per docs/decisions.md, decision 3). */
    private static final Map<String, String> OPERATIONS = new TreeMap<>(Map.ofEntries(
            Map.entry("getWalletAddress", "GET /openapi/v1/getWalletAddress"),
            Map.entry("withdraw", "POST /openapi/v1/withdraw"),
            Map.entry("createFiatPayoutOrder", "POST /openapi/v1/createFiatPayoutOrder"),
            Map.entry("getMerchantBalance", "GET /openapi/v1/getMerchantBalance"),
            Map.entry("getExchangeRate", "GET /openapi/v1/getExchangeRate"),
            Map.entry("getExchangeRateForCreditCard", "GET /openapi/v1/getExchangeRateForCreditCard"),
            Map.entry("getOrderDetail", "GET /openapi/v1/getOrderDetail"),
            Map.entry("exchange", "POST /openapi/v1/exchange"),
            Map.entry("submitKYC", "POST /openapi/v1/submitKYC"),
            Map.entry("pwpp", "POST /openapi/v1/pwpp"),
            Map.entry("createOrder", "POST /openapi/v1/createOrder"),
            Map.entry("createOrderByCreditCard", "POST /openapi/v1/createOrderByCreditCard")));

    private static final Map<String, String> REQUEST_SCHEMAS = Map.of(
            "withdraw", "WithdrawRequest",
            "createFiatPayoutOrder", "CreateFiatPayoutOrderRequest",
            "exchange", "ExchangeRequest",
            "submitKYC", "SubmitKycRequest",
            "pwpp", "PwppRequest",
            "createOrder", "CreateOrderRequest",
            "createOrderByCreditCard", "CreateOrderByCreditCardRequest");

    private static final Map<String, String> RESPONSE_DATA = Map.ofEntries(
            Map.entry("getWalletAddress", "GetWalletAddressResponse:WalletAddress[]"),
            Map.entry("withdraw", "WithdrawResponse:PayoutOrder"),
            Map.entry("createFiatPayoutOrder", "CreateFiatPayoutOrderResponse:FiatPayoutOrder"),
            Map.entry("getMerchantBalance", "GetMerchantBalanceResponse:MerchantBalance[]"),
            Map.entry("getExchangeRate", "GetExchangeRateResponse:ExchangeRateQuote"),
            Map.entry("getExchangeRateForCreditCard",
                    "GetExchangeRateForCreditCardResponse:CreditCardExchangeRateQuote"),
            Map.entry("getOrderDetail", "GetOrderDetailResponse:OrderDetail"),
            Map.entry("exchange", "ExchangeResponse:ExchangeResult"),
            Map.entry("submitKYC", "SubmitKycResponse:KycSubmissionResult"),
            Map.entry("pwpp", "PwppResponse:PwppResult"),
            Map.entry("createOrder", "CreateOrderResponse:CryptoOrder"),
            Map.entry("createOrderByCreditCard", "CreateOrderByCreditCardResponse:CreditCardOrder"));

    private final OpenAPI api = Specs.api(Specs.MERCHANT_API);

    @Test
    @DisplayName("parses with swagger-parser without a single message")
    void parses_without_a_single_message() {
        assertThat(Specs.parse(Specs.MERCHANT_API).getMessages()).isEmpty();
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    @DisplayName("names the sandbox and the production servers")
    void names_the_sandbox_and_the_production_servers() {
        assertThat(api.getServers()).extracting(s -> s.getUrl())
                .containsExactly("https://sandbox-api.cpay.ltd", "https://api.cpay.ltd");
    }

    @Test
    @DisplayName("has exactly the twelve operations of the document, with their methods and paths")
    void has_exactly_the_twelve_operations_of_the_document() {
        assertThat(operations()).isEqualTo(OPERATIONS);
    }

    @Test
    @DisplayName("puts every operation under the single tag CpayMerchant")
    void puts_every_operation_under_the_single_tag_cpay_merchant() {
        forEachOperation((id, method, op) -> assertThat(op.getTags()).as(id).containsExactly("CpayMerchant"));
    }

    @Test
    @DisplayName("sends every GET parameter in the query string and nothing in a body")
    void sends_every_get_parameter_in_the_query_string() {
        forEachOperation((id, method, op) -> {
            if (method == PathItem.HttpMethod.GET) {
                assertThat(op.getRequestBody()).as(id).isNull();
                assertThat(parameters(op)).as(id).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.getIn()).as(id + " " + p.getName()).isEqualTo("query"));
            }
        });
    }

    @Test
    @DisplayName("sends every POST as a required form body named after its operation, and no parameters")
    void sends_every_post_as_a_required_form_body() {
        forEachOperation((id, method, op) -> {
            if (method == PathItem.HttpMethod.POST) {
                assertThat(op.getParameters()).as(id).isNullOrEmpty();
                assertThat(op.getRequestBody().getRequired()).as(id).isTrue();
                Content content = op.getRequestBody().getContent();
                assertThat(content.keySet()).as(id).containsExactly(FORM);
                assertThat(content.get(FORM).getSchema().get$ref())
                        .as(id).isEqualTo("#/components/schemas/" + REQUEST_SCHEMAS.get(id));
            }
        });
        assertThat(REQUEST_SCHEMAS).hasSize(7);
    }

    @Test
    @DisplayName("makes every request carry the sign, required and shaped by the Sign schema")
    void makes_every_request_carry_the_sign() {
        forEachOperation((id, method, op) -> {
            if (method == PathItem.HttpMethod.GET) {
                assertThat(written(id).getParameters()).as(id)
                        .anySatisfy(p -> assertThat(p.get$ref()).isEqualTo("#/components/parameters/Sign"))
                        .anySatisfy(p -> assertThat(p.get$ref()).isEqualTo("#/components/parameters/MerchantId"));
                Parameter sign = parameters(op).stream().filter(p -> p.getName().equals("sign")).findFirst().orElseThrow();
                assertThat(sign.getRequired()).as(id).isTrue();
                assertThat(sign.getSchema().get$ref()).as(id).isEqualTo(SIGN_REF);
            } else {
                Schema body = requestSchema(op);
                assertThat(((Schema) body.getProperties().get("sign")).get$ref()).as(id).isEqualTo(SIGN_REF);
                assertThat(body.getRequired()).as(id).contains("sign");
            }
        });
        Schema sign = schema("Sign");
        assertThat(sign.getType()).isEqualTo("string");
        assertThat(sign.getPattern()).isEqualTo("^[0-9a-f]{64}$");
    }

    @Test
    @DisplayName("states the signature rules of section 16 on the Sign schema and the Sign parameter")
    void states_the_signature_rules_of_section_16() {
        String parameterText = api.getComponents().getParameters().get("Sign").getDescription();
        for (String text : List.of(schema("Sign").getDescription(), parameterText)) {
            assertThat(text).contains("null or empty", "except `sign`", "Java String natural order",
                    "not URL-encoded", "&key=<secret key>", "HMAC-SHA256", "UTF-8", "lowercase hexadecimal",
                    "the other reading", "PHP empty()", "never re-sent", "64 lowercase hex characters",
                    "([decision 16](../../../../docs/decisions.md#decision-16))", "([decision 17](../../../../docs/decisions.md#decision-17))", "([decision 21](../../../../docs/decisions.md#decision-21))");
        }
    }

    @Test
    @DisplayName("gives the document's own signature example, and that example is right")
    void gives_the_documents_own_signature_example_and_it_is_right() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("xx", "1001");
        params.put("yy", "");
        params.put("aa", "hello");
        assertThat(CpaySignature.stringToSign(params, "aaaaaaaaaaxxxxxx")).isEqualTo("aa=hello&xx=1001&key=aaaaaaaaaaxxxxxx");
        String expected = CpaySignature.sign(params, "aaaaaaaaaaxxxxxx");
        assertThat(expected).isEqualTo("5becd8872fa828ac2ff5cc0520e08256db61572a21fa60c31ed663f75330592f");
        assertThat(schema("Sign").getDescription()).contains(expected);
        assertThat(schema("Sign").getExample()).isEqualTo(expected);
    }

    @Test
    @DisplayName("sends every request field as text")
    void sends_every_request_field_as_text() {
        forEachOperation((id, method, op) -> {
            if (method == PathItem.HttpMethod.GET) {
                parameters(op).forEach(p -> assertThat(Specs.resolve(api, p.getSchema()).getType())
                        .as(id + " " + p.getName()).isEqualTo("string"));
            } else {
                Map<String, Schema> properties = requestSchema(op).getProperties();
                properties.forEach((name, s) -> assertThat(Specs.resolve(api, s).getType())
                        .as(id + " " + name).isEqualTo("string"));
            }
        });
    }

    @Test
    @DisplayName("spells the callback URL exactly as each operation documents it")
    void spells_the_callback_url_as_each_operation_documents_it() {
        Map<String, String> expected = Map.of(
                "withdraw", "callbackURL", "pwpp", "callbackURL", "createOrder", "callBackURL",
                "createFiatPayoutOrder", "callBackURL", "createOrderByCreditCard", "callBackURL");
        expected.forEach((id, spelling) -> {
            Map<String, Schema> properties = requestSchema(operation(id)).getProperties();
            String other = spelling.equals("callbackURL") ? "callBackURL" : "callbackURL";
            assertThat(properties).as(id).containsKey(spelling).doesNotContainKey(other);
            assertThat(properties.get(spelling).getDescription()).as(id).contains("([decision 4](../../../../docs/decisions.md#decision-4))");
        });
        for (String id : List.of("exchange", "submitKYC")) {
            assertThat(requestSchema(operation(id)).getProperties()).as(id)
                    .doesNotContainKeys("callbackURL", "callBackURL");
        }
    }

    @Test
    @DisplayName("keeps the document's misspelled wire names lanuage and brithday")
    void keeps_the_documents_misspelled_wire_names() {
        assertThat(schema("CreateOrderByCreditCardRequest").getProperties()).containsKey("lanuage")
                .doesNotContainKey("language");
        assertThat(((Schema) schema("CreateOrderByCreditCardRequest").getProperties().get("lanuage")).getEnum())
                .containsExactly("en-US", "ru-RU");
        assertThat(schema("KycUserWire").getProperties()).containsKeys("brithday", "IdCardUrls", "documentUrls")
                .doesNotContainKey("birthday");
    }

    @Test
    @DisplayName("adds the optional extInfo to both order creations")
    void adds_the_optional_ext_info_to_both_order_creations() {
        for (String name : List.of("CreateOrderRequest", "CreateOrderByCreditCardRequest", "CreateFiatPayoutOrderRequest")) {
            assertThat(schema(name).getProperties()).as(name).containsKey("extInfo");
            assertThat(schema(name).getRequired()).as(name).doesNotContain("extInfo");
        }
    }

    @Test
    @DisplayName("lists every pwpp parameter of the document")
    void lists_every_pwpp_parameter_of_the_document() {
        assertThat(schema("PwppRequest").getProperties()).containsOnlyKeys(
                "merchantId", "merchantTradeNo", "lang", "userId", "storeCc", "ccStorageID", "firstName",
                "lastName", "email", "iddCode", "mobile", "addressLine", "country", "city", "zip", "cardNumber",
                "cvv", "expDate", "ip", "currency", "amount", "products", "payChannel", "clientHTTPAccept",
                "clientHTTPUserAgent", "callbackURL", "successURL", "failURL", "createTime", "sign");
        assertThat(schema("PwppRequest").getRequired()).doesNotContain(
                "lang", "storeCc", "ccStorageID", "payChannel", "callbackURL", "successURL", "failURL");
    }

    @Test
    @DisplayName("marks the card number, CVV and expiry date as sensitive")
    void marks_the_card_fields_as_sensitive() {
        Map<String, Schema> properties = schema("PwppRequest").getProperties();
        for (String name : List.of("cardNumber", "cvv", "expDate")) {
            assertThat(properties.get(name).getExtensions()).as(name).containsEntry("x-sensitive", true);
            assertThat(properties.get(name).getDescription()).as(name).contains("([decision 11](../../../../docs/decisions.md#decision-11))");
        }
    }

    @Test
    @DisplayName("does not enforce the document's too short lengths of toAccount and products")
    void does_not_enforce_the_too_short_lengths_of_to_account_and_products() {
        assertThat(((Schema) schema("CreateFiatPayoutOrderRequest").getProperties().get("toAccount")).getMaxLength()).isNull();
        assertThat(((Schema) schema("PwppRequest").getProperties().get("products")).getMaxLength()).isNull();
        assertThat(((Schema) schema("CreateOrderByCreditCardRequest").getProperties().get("products")).getMaxLength()).isNull();
    }

    @Test
    @DisplayName("answers every operation with HTTP 200 JSON: the envelope plus a named data schema")
    void answers_every_operation_with_the_envelope_plus_named_data() {
        forEachOperation((id, method, op) -> {
            assertThat(op.getResponses().keySet()).as(id).containsExactly("200");
            Content content = op.getResponses().get("200").getContent();
            assertThat(content.keySet()).as(id).containsExactly("application/json");
            String[] expected = RESPONSE_DATA.get(id).split(":");
            assertThat(content.get("application/json").getSchema().get$ref())
                    .as(id).isEqualTo("#/components/schemas/" + expected[0]);
            Schema response = schema(expected[0]);
            assertThat(response.getAllOf()).as(id).hasSize(2);
            assertThat(((Schema) response.getAllOf().get(0)).get$ref()).isEqualTo("#/components/schemas/Envelope");
            Schema data = (Schema) ((Schema) response.getAllOf().get(1)).getProperties().get("data");
            if (expected[1].endsWith("[]")) {
                assertThat(data.getType()).as(id).isEqualTo("array");
                assertThat(data.getItems().get$ref()).as(id)
                        .isEqualTo("#/components/schemas/" + expected[1].replace("[]", ""));
            } else {
                assertThat(data.get$ref()).as(id).isEqualTo("#/components/schemas/" + expected[1]);
            }
        });
    }

    @Test
    @DisplayName("describes the envelope: integer code, message, and a trace id that may be missing")
    void describes_the_envelope() {
        Schema envelope = schema("Envelope");
        Schema code = (Schema) envelope.getProperties().get("code");
        assertThat(code.getType()).isEqualTo("integer");
        assertThat(code.getFormat()).isEqualTo("int64");
        assertThat(code.getDescription()).contains("90751015", "([decision 2](../../../../docs/decisions.md#decision-2))");
        assertThat(envelope.getProperties()).containsOnlyKeys("code", "msg", "traceid");
        assertThat(envelope.getRequired()).doesNotContain("traceid");
    }

    @Test
    @DisplayName("never marks a response data field as required")
    void never_marks_a_response_data_field_as_required() {
        RESPONSE_DATA.values().forEach(pair -> {
            String name = pair.split(":")[1].replace("[]", "");
            assertThat(schema(name).getRequired()).as(name).isNullOrEmpty();
            assertThat(schema(name).getProperties()).as(name).isNotEmpty();
        });
    }

    @Test
    @DisplayName("lists every response field of the createOrder table")
    void lists_every_response_field_of_the_create_order_table() {
        assertThat(schema("CryptoOrder").getProperties()).containsOnlyKeys(
                "orderId", "merchantId", "cryptoCurrency", "orderAmount", "receivedAmount", "pledgeAmount",
                "merchantTradeNo", "cashierURL", "remark", "extInfo", "status", "network", "merchantUserId",
                "returnURL", "successURL", "failURL", "fee", "createTime");
    }

    @Test
    @DisplayName("reads numbers-or-strings leniently and statuses as OrderStatusCode")
    void reads_numbers_or_strings_leniently_and_statuses_as_order_status_code() {
        Schema lenient = schema("LenientText");
        assertThat(lenient.getOneOf()).extracting(s -> ((Schema) s).getType()).containsExactly("string", "number");
        Schema status = schema("OrderStatusCode");
        assertThat(status.getEnum()).as("docs/decisions.md, decision 27: an open set, not a closed enum").isNull();
        assertThat(status.getPattern()).isEqualTo("^-?[0-9]{1,9}$");
        assertThat(status.getExtensions().get("x-known-values")).isEqualTo(List.of("0", "11", "14", "15"));
        assertThat(status.getExtensions().get("x-known-value-names"))
                .isEqualTo(List.of("PENDING", "PROCESSING", "COMPLETED", "CLOSED"));
        String lenientRef = "#/components/schemas/LenientText";
        for (String name : List.of("PayoutOrder", "FiatPayoutOrder", "OrderDetail", "CryptoOrder")) {
            Map<String, Schema> p = schema(name).getProperties();
            assertThat(p.get("merchantId").get$ref()).as(name).isEqualTo(lenientRef);
            assertThat(p.get("createTime").get$ref()).as(name).isEqualTo(lenientRef);
            assertThat(p.get("status").get$ref()).as(name).isEqualTo("#/components/schemas/OrderStatusCode");
        }
        assertThat(((Schema) schema("CreditCardOrder").getProperties().get("orderStatus")).get$ref())
                .isEqualTo("#/components/schemas/OrderStatusCode");
        for (String name : List.of("ExchangeRateQuote", "CreditCardExchangeRateQuote", "ExchangeResult")) {
            assertThat(((Schema) schema(name).getProperties().get("exchangeRate")).get$ref()).as(name).isEqualTo(lenientRef);
        }
    }

    @Test
    @DisplayName("gives a response example for every operation, each a JSON object with a code, valid against its schema")
    void gives_a_valid_response_example_for_every_operation() {
        ExampleValidator validator = new ExampleValidator(api);
        List<String> checked = new ArrayList<>();
        forEachOperation((id, method, op) -> {
            MediaType json = op.getResponses().get("200").getContent().get("application/json");
            assertThat(json.getExamples()).as(id).isNotEmpty();
            json.getExamples().forEach((name, example) -> {
                JsonNode value = value(example);
                assertThat(value.isObject()).as(id + " " + name).isTrue();
                assertThat(value.path("code").isIntegralNumber()).as(id + " " + name).isTrue();
                assertThat(validator.validate(json.getSchema(), value)).as(id + " " + name).isEmpty();
                checked.add(id + "/" + name);
            });
        });
        assertThat(checked).hasSize(13).contains("pwpp/documentPayFail");
    }

    @Test
    @DisplayName("keeps the document's odd response values: pay fail, numeric merchantId and createTime, response sign")
    void keeps_the_documents_odd_response_values() {
        JsonNode payFail = responseExample("pwpp", "documentPayFail");
        assertThat(payFail.path("code").asLong()).isEqualTo(90751015L);
        assertThat(payFail.path("data").path("orderId").asText()).isEmpty();
        JsonNode detail = responseExample("getOrderDetail", "document").path("data");
        assertThat(detail.path("merchantId").isNumber()).isTrue();
        assertThat(detail.path("createTime").isNumber()).isTrue();
        JsonNode card = responseExample("createOrderByCreditCard", "document").path("data");
        assertThat(card.path("merchantId").isNumber()).isTrue();
        assertThat(card.path("sign").asText()).matches("[0-9a-f]{64}");
        assertThat(responseExample("getExchangeRate", "document").path("data").path("exchangeRate").isNumber()).isTrue();
    }

    @Test
    @DisplayName("gives request examples that are valid against their form schemas")
    void gives_request_examples_valid_against_their_form_schemas() {
        ExampleValidator validator = new ExampleValidator(api);
        List<String> checked = new ArrayList<>();
        forEachOperation((id, method, op) -> {
            if (method == PathItem.HttpMethod.POST) {
                MediaType form = op.getRequestBody().getContent().get(FORM);
                assertThat(form.getExamples()).as(id).isNotEmpty();
                form.getExamples().forEach((name, example) -> {
                    JsonNode value = value(example);
                    value.fields().forEachRemaining(f -> assertThat(f.getValue().isTextual())
                            .as(id + " " + f.getKey() + " is text").isTrue());
                    assertThat(validator.validate(form.getSchema(), value)).as(id + " " + name).isEmpty();
                    checked.add(id);
                });
            }
        });
        assertThat(checked).hasSize(7);
    }

    @Test
    @DisplayName("signs the request examples correctly with the document's example key")
    void signs_the_request_examples_correctly() {
        List<String> verified = new ArrayList<>();
        forEachOperation((id, method, op) -> {
            if (method == PathItem.HttpMethod.POST) {
                op.getRequestBody().getContent().get(FORM).getExamples().forEach((name, example) -> {
                    Object key = example.getExtensions() == null ? null : example.getExtensions().get("x-example-secret-key");
                    if (key != null) {
                        Map<String, String> params = new TreeMap<>();
                        value(example).fields().forEachRemaining(f -> params.put(f.getKey(), f.getValue().asText()));
                        assertThat(params.get("sign")).as(id).isEqualTo(CpaySignature.sign(params, key.toString()));
                        verified.add(id);
                    }
                });
            }
        });
        assertThat(verified).containsExactlyInAnyOrder(
                "withdraw", "exchange", "submitKYC", "pwpp", "createOrder", "createOrderByCreditCard");
    }

    @Test
    @DisplayName("carries KYC users as the JSON text of an array of KycUserWire, at most 1000")
    void carries_kyc_users_as_json_text_of_kyc_user_wire() throws Exception {
        Schema data = (Schema) schema("SubmitKycRequest").getProperties().get("data");
        assertThat(data.getType()).isEqualTo("string");
        assertThat(data.getDescription()).contains("KycUserWire", "1000", "([decision 6](../../../../docs/decisions.md#decision-6))");
        MediaType form = operation("submitKYC").getRequestBody().getContent().get(FORM);
        JsonNode users = new ObjectMapper().readTree(value(form.getExamples().values().iterator().next()).path("data").asText());
        assertThat(users.isArray()).isTrue();
        assertThat(users.size()).isBetween(1, 1000);
        ExampleValidator validator = new ExampleValidator(api);
        users.forEach(user -> assertThat(validator.validate(schema("KycUserWire"), user)).isEmpty());
    }

    @Test
    @DisplayName("states the documented formats as patterns and enumerations")
    void states_the_documented_formats() {
        Map<String, Schema> withdraw = schema("WithdrawRequest").getProperties();
        assertThat(withdraw.get("totalAmount").getPattern()).isEqualTo("^(0|[1-9][0-9]*)(\\.[0-9]{1,8})?$");
        assertThat(withdraw.get("receivedAmount").getPattern()).isEqualTo("^(0|[1-9][0-9]*)(\\.[0-9]{1,8})?$");
        Map<String, Schema> pwpp = schema("PwppRequest").getProperties();
        assertThat(pwpp.get("expDate").getPattern()).isEqualTo("^(0[1-9]|1[0-2])/[0-9]{2}$");
        assertThat(pwpp.get("currency").getEnum()).containsExactly("USD", "EUR");
        assertThat(pwpp.get("storeCc").getEnum()).containsExactly("0", "1");
        assertThat(pwpp.get("amount").getDescription()).contains("19.011 -> 19.01", "([decision 10](../../../../docs/decisions.md#decision-10))");
        Map<String, Schema> fiat = schema("CreateFiatPayoutOrderRequest").getProperties();
        assertThat(fiat.get("payoutChannel").getEnum()).containsExactly("1", "2");
        assertThat(fiat.get("accountType").getEnum()).containsExactly("1", "2", "3", "4");
        assertThat(fiat.get("accountType").getDescription()).contains("+55");
        assertThat(((Schema) schema("CreateOrderRequest").getProperties().get("cryptoCurrency")).getEnum())
                .containsExactly("USDT", "ETH", "BTC", "BNB");
        assertThat(((Schema) schema("CreateOrderByCreditCardRequest").getProperties().get("currency")).getEnum())
                .containsExactly("USD", "EUR", "BRL");
        assertThat(schema("PurchaseType").getEnum()).containsExactly("0", "1");
        assertThat(schema("CreateTime").getPattern()).isEqualTo("^[0-9]+$");
    }

    // ------------------------------------------------------------------ helpers

    interface OperationCheck {
        void check(String operationId, PathItem.HttpMethod method, Operation operation);
    }

    private void forEachOperation(OperationCheck check) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> check.check(op.getOperationId(), method, op)));
    }

    private Map<String, String> operations() {
        Map<String, String> found = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> found.put(op.getOperationId(), method + " " + path)));
        return found;
    }

    private Operation operation(String operationId) {
        List<Operation> found = new ArrayList<>();
        forEachOperation((id, method, op) -> {
            if (id.equals(operationId)) {
                found.add(op);
            }
        });
        assertThat(found).as(operationId).hasSize(1);
        return found.get(0);
    }

    /** The operation as written, before swagger-parser inlines referenced parameters. */
    private static Operation written(String operationId) {
        OpenAPI raw = Specs.unresolved(Specs.MERCHANT_API);
        return raw.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .filter(op -> op.getOperationId().equals(operationId))
                .findFirst().orElseThrow();
    }

    private List<Parameter> parameters(Operation op) {
        return op.getParameters().stream().map(p -> Specs.resolve(api, p)).toList();
    }

    private Schema requestSchema(Operation op) {
        return Specs.resolve(api, op.getRequestBody().getContent().get(FORM).getSchema());
    }

    private Schema schema(String name) {
        Schema schema = api.getComponents().getSchemas().get(name);
        assertThat(schema).as("schema " + name).isNotNull();
        return schema;
    }

    private JsonNode responseExample(String operationId, String name) {
        return value(operation(operationId).getResponses().get("200").getContent()
                .get("application/json").getExamples().get(name));
    }

    static JsonNode value(Example example) {
        return Json.mapper().valueToTree(example.getValue());
    }
}
