package com.cpay.platform.spec.internal;

import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.cpay.platform.spec.internal.InternalSpec.schema;
import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("rawtypes")
@DisplayName("The internal API's extInfo (docs/decisions.md, decision 23)")
class InternalApiExtInfoTest {

    @ParameterizedTest(name = "{0} takes an optional extInfo for C-Pay {1}")
    @CsvSource({"CreateDepositRequest, createOrder", "CreateCardOrderRequest, createOrderByCreditCard"})
    void takes_an_optional_json_object_text_of_at_most_256_characters(String schemaName, String cpayOperation) {
        Schema extInfo = (Schema) schema(schemaName).getProperties().get("extInfo");

        assertThat(extInfo).as(schemaName).isNotNull();
        assertThat(schema(schemaName).getRequired()).as(schemaName).doesNotContain("extInfo");
        assertThat(extInfo.getType()).isEqualTo("string");
        assertThat(extInfo.getMaxLength()).isEqualTo(256);
        assertThat(extInfo.getDescription()).contains(cpayOperation, "JSON object", "[decision 23](../../../../docs/decisions.md#decision-23)",
                "`max-length`", "`json-object`", "never logged");
        assertThat(String.valueOf(extInfo.getExample())).startsWith("{").endsWith("}");
    }
}
