package com.cpay.platform.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings({"rawtypes", "unchecked"})
@DisplayName("The C-Pay webhook spec")
class WebhookSpecTest {

    private final OpenAPI api = Specs.api(Specs.WEBHOOK);

    @Test
    @DisplayName("parses with swagger-parser without a single message")
    void parses_without_a_single_message() {
        assertThat(Specs.parse(Specs.WEBHOOK).getMessages()).isEmpty();
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    @DisplayName("has the one notification operation, POST /cpay/webhooks, tagged CpayWebhook")
    void has_the_one_notification_operation() {
        assertThat(api.getPaths().keySet()).containsExactly("/cpay/webhooks");
        Map<PathItem.HttpMethod, Operation> operations = api.getPaths().get("/cpay/webhooks").readOperationsMap();
        assertThat(operations.keySet()).containsExactly(PathItem.HttpMethod.POST);
        Operation op = operation();
        assertThat(op.getOperationId()).isEqualTo("receiveCpayNotification");
        assertThat(op.getTags()).containsExactly("CpayWebhook");
    }

    @Test
    @DisplayName("accepts JSON first and forms too, both as CpayNotification")
    void accepts_json_first_and_forms_too() {
        assertThat(operation().getRequestBody().getRequired()).isTrue();
        Map<String, MediaType> content = operation().getRequestBody().getContent();
        assertThat(content.keySet()).containsExactly("application/json", "application/x-www-form-urlencoded");
        content.values().forEach(media -> assertThat(media.getSchema().get$ref())
                .isEqualTo("#/components/schemas/CpayNotification"));
    }

    @Test
    @DisplayName("lists every field of section 15, mandatory as the table says, and keeps unknown fields")
    void lists_every_field_of_section_15() {
        Schema notification = api.getComponents().getSchemas().get("CpayNotification");
        assertThat(notification.getProperties()).containsOnlyKeys("merchantId", "merchantTradeNo", "merchantUserId",
                "orderId", "orderStatus", "hash", "actualAmount", "receivedAmount", "fee", "cryptoCurrency",
                "network", "remark", "extInfo", "createTime", "sign");
        assertThat(notification.getRequired()).containsExactlyInAnyOrder(
                "merchantId", "orderStatus", "actualAmount", "receivedAmount", "fee", "createTime");
        assertThat(notification.getAdditionalProperties()).isEqualTo(true);
        assertThat(((Schema) notification.getProperties().get("orderStatus")).get$ref())
                .isEqualTo("#/components/schemas/OrderStatusCode");
        Schema status = api.getComponents().getSchemas().get("OrderStatusCode");
        assertThat(status.getEnum()).as("docs/decisions.md, decision 27: an open set, not a closed enum").isNull();
        assertThat(status.getPattern()).isEqualTo("^-?[0-9]{1,9}$");
        assertThat(status.getExtensions().get("x-known-values")).isEqualTo(List.of("0", "11", "14", "15"));
        assertThat(status.getExtensions().get("x-known-value-names"))
                .isEqualTo(List.of("PENDING", "PROCESSING", "COMPLETED", "CLOSED"));
    }

    @Test
    @DisplayName("replies with the plain text OK or FAIL")
    void replies_with_the_plain_text_ok_or_fail() {
        assertThat(operation().getResponses().keySet()).containsExactly("200", "429");
        Map<String, MediaType> content = operation().getResponses().get("200").getContent();
        assertThat(content.keySet()).containsExactly("text/plain");
        Schema reply = Specs.resolve(api, content.get("text/plain").getSchema());
        assertThat(reply.getType()).isEqualTo("string");
        assertThat(reply.getEnum()).containsExactly("OK", "FAIL");
        assertThat(operation().getResponses().get("200").getDescription())
                .contains("([decision 13](../../../../docs/decisions.md#decision-13))", "([decision 14](../../../../docs/decisions.md#decision-14))");
    }

    @Test
    @DisplayName("answers FAIL with 429 and Retry-After to a sender over its allowance of refused notifications")
    void answers_429_with_retry_after_to_a_sender_over_its_allowance() {
        var limited = operation().getResponses().get("429");
        assertThat(limited.getDescription()).contains("Not from the document", "nothing is stored",
                "never the body");
        assertThat(limited.getHeaders()).containsOnlyKeys("Retry-After");
        assertThat(limited.getHeaders().get("Retry-After").getSchema().getMinimum()).isEqualByComparingTo("1");
        assertThat(Specs.resolve(api, limited.getContent().get("text/plain").getSchema()).getEnum())
                .containsExactly("OK", "FAIL");
    }

    @Test
    @DisplayName("gives example notifications that are valid and correctly signed")
    void gives_example_notifications_that_are_valid_and_signed() {
        ExampleValidator validator = new ExampleValidator(api);
        List<String> checked = new ArrayList<>();
        operation().getRequestBody().getContent().forEach((type, media) -> media.getExamples().forEach((name, example) -> {
            JsonNode value = MerchantApiSpecTest.value(example);
            assertThat(validator.validate(media.getSchema(), value)).as(type + " " + name).isEmpty();
            Map<String, String> params = new TreeMap<>();
            value.fields().forEachRemaining(f -> params.put(f.getKey(), f.getValue().asText()));
            Object key = example.getExtensions().get("x-example-secret-key");
            assertThat(params.get("sign")).as(type + " " + name).isEqualTo(CpaySignature.sign(params, key.toString()));
            checked.add(type);
        }));
        assertThat(checked).containsExactly("application/json", "application/x-www-form-urlencoded");
    }

    private Operation operation() {
        return api.getPaths().get("/cpay/webhooks").getPost();
    }
}
