package com.cpay.platform.spec.internal;

import com.cpay.platform.spec.internal.InternalExampleValidator.Direction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The example check must be able to fail, or the example tests prove nothing. */
@DisplayName("The example validator of the internal API tests")
class InternalExampleValidatorTest {

    private final InternalExampleValidator requests = new InternalExampleValidator(Direction.REQUEST);
    private final InternalExampleValidator responses = new InternalExampleValidator(Direction.RESPONSE);

    @Test
    @DisplayName("accepts a correct deposit request")
    void accepts_a_correct_deposit_request() throws Exception {
        assertThat(requests.validate(ref("CreateDepositRequest"),
                json("{\"userId\":\"u1\",\"cryptoCurrency\":\"USDT\",\"amount\":\"3.5\"}"))).isEmpty();
    }

    @Test
    @DisplayName("refuses a number amount, too many decimals, a missing field, an unknown field, a wire code and a bad date")
    void refuses_what_the_schemas_forbid() throws Exception {
        assertThat(requests.validate(ref("CreateDepositRequest"),
                json("{\"userId\":\"u1\",\"cryptoCurrency\":\"USDT\",\"amount\":3.5}"))).hasSize(1);
        assertThat(requests.validate(ref("CreateDepositRequest"),
                json("{\"userId\":\"u1\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1.123456789\"}"))).hasSize(1);
        assertThat(requests.validate(ref("CreateDepositRequest"), json("{\"userId\":\"u1\",\"amount\":\"1\"}")))
                .singleElement().asString().contains("cryptoCurrency");
        assertThat(requests.validate(ref("CreateDepositRequest"),
                json("{\"userId\":\"u1\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1\",\"lanuage\":\"en\"}"))).hasSize(1);
        assertThat(requests.validate(ref("CreatePixPayoutRequest"), json("{\"userId\":\"u\",\"amount\":\"5\","
                + "\"currency\":\"BRL\",\"country\":\"BRA\",\"accountType\":\"1\",\"toAccount\":\"x\"}"))).hasSize(1);
        assertThat(responses.validate(ref("ReviewNote"),
                json("{\"reason\":\"UNKNOWN_STATUS\",\"detail\":\"d\",\"at\":\"yesterday\"}"))).hasSize(1);
    }

    @Test
    @DisplayName("refuses card data in a response")
    void refuses_card_data_in_a_response() throws Exception {
        JsonNode card = json("{\"cardNumber\":\"4111111111111111\",\"cvv\":\"123\",\"expDate\":\"12/27\"}");
        assertThat(requests.validate(ref("CardData"), card)).isEmpty();
        assertThat(responses.validate(ref("CardData"), card)).hasSize(3);
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
