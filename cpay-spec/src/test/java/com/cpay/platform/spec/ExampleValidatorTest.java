package com.cpay.platform.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The example check must be able to fail, or the example tests prove nothing. */
@DisplayName("The example validator used by the spec tests")
class ExampleValidatorTest {

    private final OpenAPI api = Specs.api(Specs.MERCHANT_API);
    private final ExampleValidator validator = new ExampleValidator(api);

    @Test
    @DisplayName("accepts a correct crypto order response")
    void accepts_a_correct_crypto_order_response() throws Exception {
        assertThat(validator.validate(schema("CreateOrderResponse"),
                json("{\"code\":0,\"msg\":\"ok\",\"data\":{\"merchantId\":20003092,\"status\":\"14\",\"createTime\":\"1\"}}")))
                .isEmpty();
    }

    @Test
    @DisplayName("refuses what the schemas forbid: non-numeric status, missing code, unknown field, bad pattern, wrong type")
    void refuses_what_the_schemas_forbid() throws Exception {
        // statuses are an open set (docs/decisions.md, decision 27): an unknown code passes, text that is no code at all does not
        assertThat(validator.validate(schema("CreateOrderResponse"),
                json("{\"code\":0,\"msg\":\"ok\",\"data\":{\"status\":\"99\"}}"))).isEmpty();
        assertThat(validator.validate(schema("CreateOrderResponse"),
                json("{\"code\":0,\"msg\":\"ok\",\"data\":{\"status\":\"done\"}}"))).hasSize(1);
        assertThat(validator.validate(schema("CreateOrderResponse"), json("{\"msg\":\"ok\"}"))).hasSize(1);
        assertThat(validator.validate(schema("CreateOrderResponse"),
                json("{\"code\":0,\"msg\":\"ok\",\"data\":{\"surprise\":\"1\"}}"))).hasSize(1);
        assertThat(validator.validate(schema("CreateOrderResponse"),
                json("{\"code\":0,\"msg\":\"ok\",\"extra\":1}"))).hasSize(1);
        assertThat(validator.validate(schema("CreateOrderResponse"),
                json("{\"code\":\"0\",\"msg\":\"ok\"}"))).hasSize(1);
        assertThat(validator.validate(schema("CreateOrderResponse"),
                json("{\"code\":0,\"msg\":\"ok\",\"data\":{\"merchantId\":true}}"))).hasSize(1);
        assertThat(validator.validate(schema("WithdrawRequest"), json("{\"totalAmount\":\"1.123456789\"}")))
                .anyMatch(error -> error.contains("does not match"));
    }

    private Schema<?> schema(String name) {
        return api.getComponents().getSchemas().get(name);
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
