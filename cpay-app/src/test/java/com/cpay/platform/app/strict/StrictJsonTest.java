package com.cpay.platform.app.strict;

import com.cpay.platform.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict reading against the request schemas of internal-api.yaml as the app reads them. */
class StrictJsonTest {

    private static final RequestSchemas SCHEMAS = new RequestSchemas();
    private static final JsonShape CARD_ORDER = SCHEMAS.body("POST", "/api/v1/card-orders").orElseThrow();
    private static final JsonShape KYC = SCHEMAS.body("POST", "/api/v1/kyc-batches").orElseThrow();
    private static final String PRODUCT = "{\"name\":\"macBook\",\"price\":\"2.00\",\"num\":1,\"currency\":\"USD\"}";

    private static String cardOrder(String amount, String products) {
        return "{\"userId\":\"u1\",\"currency\":\"USD\",\"amount\":" + amount + ",\"products\":" + products
                + ",\"country\":\"US\",\"email\":\"a@b.example\",\"ip\":\"203.0.113.10\"}";
    }

    private static String validCardOrder() {
        return cardOrder("\"2.00\"", "[" + PRODUCT + "]");
    }

    private static List<String> check(JsonShape shape, String body) {
        return StrictJson.check(body.getBytes(StandardCharsets.UTF_8), shape).stream()
                .map(v -> v.field() + " " + v.rule()).toList();
    }

    @Test
    void a_body_as_the_document_describes_it_passes() {
        assertThat(check(CARD_ORDER, validCardOrder())).isEmpty();
        assertThat(check(CARD_ORDER, "\n " + validCardOrder() + " \r\n\t")).as("white space around").isEmpty();
    }

    @Test
    void a_key_written_twice_is_refused_wherever_it_is() {
        assertThat(check(CARD_ORDER, validCardOrder().replace("\"amount\":\"2.00\"",
                "\"amount\":\"2.00\",\"amount\":\"2000.00\""))).containsExactly("amount duplicate-key");
        assertThat(check(CARD_ORDER, cardOrder("\"2.00\"", "[" + PRODUCT + ","
                + PRODUCT.replace("\"num\":1", "\"num\":1,\"num\":9") + "]")))
                .containsExactly("products[1].num duplicate-key");
        assertThat(check(KYC, "{\"users\":[],\"users\":[]}")).containsExactly("users duplicate-key");
    }

    @Test
    void anything_after_the_json_value_is_refused() {
        for (String tail : List.of(" {}", "x", "}", ",\"amount\":\"9\"}", " \"more\"", "[")) {
            assertThat(check(CARD_ORDER, validCardOrder() + tail)).as(tail).containsExactly("body trailing-content");
        }
    }

    @Test
    void a_body_that_is_no_json_is_refused_with_where_and_never_with_what() {
        List<Violation> violations = StrictJson.check("{\"userId\": 4111111111111111".getBytes(StandardCharsets.UTF_8),
                CARD_ORDER);

        assertThat(violations).extracting(Violation::field, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("body", "json"));
        assertThat(violations.get(0).message()).contains("line 1").doesNotContain("4111");
        assertThat(check(CARD_ORDER, "{'userId':'u1'}")).containsExactly("body json");
        assertThat(check(CARD_ORDER, "")).containsExactly("body required");
        assertThat(check(CARD_ORDER, "  ")).containsExactly("body required");
    }

    @Test
    void a_json_number_or_boolean_where_the_document_says_string_is_refused() {
        assertThat(check(CARD_ORDER, cardOrder("2", "[" + PRODUCT + "]"))).containsExactly("amount type");
        assertThat(check(CARD_ORDER, cardOrder("2.5", "[" + PRODUCT + "]"))).containsExactly("amount type");
        assertThat(check(CARD_ORDER, cardOrder("true", "[" + PRODUCT.replace("\"2.00\"", "2") + "]")))
                .containsExactly("amount type", "products[0].price type");
        assertThat(check(CARD_ORDER, cardOrder("{}", "{}"))).containsExactly("amount type", "products type");
    }

    @Test
    void a_number_where_the_document_says_integer_must_be_whole_and_fit() {
        for (String num : List.of("1.5", "1.0", "1e2", "3000000000", "-99999999999999999999")) {
            assertThat(check(CARD_ORDER, cardOrder("\"2.00\"", "[" + PRODUCT.replace("\"num\":1", "\"num\":" + num)
                    + "]"))).as(num).containsExactly("products[0].num integer");
        }
        assertThat(check(CARD_ORDER, cardOrder("\"2.00\"", "[" + PRODUCT.replace("\"num\":1", "\"num\":\"1\"")
                + "]"))).containsExactly("products[0].num type");
        assertThat(check(CARD_ORDER, cardOrder("\"2.00\"", "[" + PRODUCT.replace("\"num\":1", "\"num\":2147483647")
                + "]"))).as("the largest int32").isEmpty();
    }

    @Test
    void a_null_array_item_is_refused() {
        assertThat(check(KYC, "{\"users\":[null]}")).containsExactly("users[0] not-null");
        assertThat(check(CARD_ORDER, cardOrder("\"2.00\"", "[" + PRODUCT + ",null]")))
                .containsExactly("products[1] not-null");
        assertThat(check(CARD_ORDER, "null")).containsExactly("body not-null");
        assertThat(check(CARD_ORDER, "[]")).containsExactly("body type");
    }

    @Test
    void a_required_property_missing_or_null_is_refused_and_an_optional_null_is_absent() {
        assertThat(check(CARD_ORDER, validCardOrder().replace("\"userId\":\"u1\",", "")))
                .containsExactly("userId required");
        assertThat(check(CARD_ORDER, validCardOrder().replace("\"userId\":\"u1\"", "\"userId\":null")))
                .containsExactly("userId required");
        assertThat(check(CARD_ORDER, cardOrder("\"2.00\"", "[" + PRODUCT.replace("\"num\":1,", "") + "]")))
                .containsExactly("products[0].num required");
        assertThat(check(CARD_ORDER, validCardOrder().replaceFirst("\\{",
                "{\"merchantTradeNo\":null,\"language\":null,")))
                .isEmpty();
        assertThat(check(KYC, "{}")).containsExactly("users required");
    }

    @Test
    void a_property_the_document_does_not_describe_is_refused() {
        assertThat(check(CARD_ORDER, validCardOrder().replace("{\"userId\"", "{\"userID\":\"u1\",\"userId\"")))
                .containsExactly("userID unknown-property");
        assertThat(check(CARD_ORDER, cardOrder("\"2.00\"", "[" + PRODUCT.replace("\"num\":1", "\"num\":1,"
                + "\"colour\":{\"deep\":[1]}") + "]"))).containsExactly("products[0].colour unknown-property");
        assertThat(check(CARD_ORDER, validCardOrder().replaceFirst("\\{", "{\"extra\":null,")))
                .as("null is no excuse").containsExactly("extra unknown-property");
    }

    @Test
    void a_blank_property_name_is_named_as_its_json_text_and_never_a_server_error() {
        // found by InternalApiFuzzTest: {"":null} on card orders answered 500, a violation on a blank field
        assertThat(check(CARD_ORDER, validCardOrder().replaceFirst("\\{", "{\"\":null,")))
                .containsExactly("\"\" unknown-property");
        assertThat(check(CARD_ORDER, validCardOrder().replace("{\"userId\"", "{\" \\t\":1,\"userId\"")))
                .containsExactly("\" \\t\" unknown-property");
        assertThat(check(CARD_ORDER, cardOrder("\"2.00\"", "[" + PRODUCT.replace("\"num\":1", "\"num\":1,\"\":2")
                + "]"))).containsExactly("products[0].\"\" unknown-property");
        assertThat(check(KYC, "{\"\":1,\"\":2}")).containsExactly("\"\" duplicate-key");
        assertThat(check(KYC, "{\"users\":[{\"\":1,\"\":2}]}")).containsExactly("users[0].\"\" duplicate-key");
    }

    @Test
    void every_violation_is_listed_at_once_up_to_a_hundred() {
        assertThat(check(CARD_ORDER, "{\"currency\":\"USD\",\"amount\":2,\"products\":[null,{\"num\":1.5}],"
                + "\"country\":\"US\",\"email\":\"a@b.example\",\"ip\":\"203.0.113.10\",\"colour\":\"red\"}"))
                .containsExactlyInAnyOrder("amount type", "products[0] not-null", "products[1].num integer",
                        "products[1].name required", "products[1].price required", "products[1].currency required",
                        "colour unknown-property", "userId required");
        String many = IntStream.range(0, 500).mapToObj(i -> "null").collect(Collectors.joining(","));
        assertThat(check(KYC, "{\"users\":[" + many + "]}")).hasSize(StrictJson.MAX_VIOLATIONS)
                .startsWith("users[0] not-null");
    }
}
