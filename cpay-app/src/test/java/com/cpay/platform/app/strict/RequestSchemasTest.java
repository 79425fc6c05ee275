package com.cpay.platform.app.strict;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestSchemasTest {

    private static String document(String schemas) {
        return """
                openapi: 3.0.3
                paths:
                  /things:
                    post:
                      requestBody:
                        content:
                          application/json:
                            schema:
                              $ref: '#/components/schemas/Thing'
                components:
                  schemas:
                """ + schemas.indent(4);
    }

    @Test
    void reads_the_body_of_every_operation_that_has_one_from_internal_api_yaml() {
        RequestSchemas schemas = new RequestSchemas();

        assertThat(schemas.operations()).containsExactlyInAnyOrder("POST /api/v1/deposits",
                "POST /api/v1/card-orders", "POST /api/v1/card-payments", "POST /api/v1/payouts/crypto",
                "POST /api/v1/payouts/pix", "POST /api/v1/exchanges", "POST /api/v1/kyc-batches",
                "POST /api/v1/orders/{merchantTradeNo}/resubmit");
        JsonShape payment = schemas.body("post", "/api/v1/card-payments").orElseThrow();
        assertThat(payment.closed()).isTrue();
        assertThat(payment.required()).contains("card", "products");
        assertThat(payment.properties().get("card").properties()).containsKeys("cardNumber", "cvv", "expDate");
        assertThat(payment.properties().get("storeCard").type()).isEqualTo(JsonShape.Type.BOOLEAN);
        JsonShape product = payment.properties().get("products").items();
        assertThat(product.properties().get("num").type()).isEqualTo(JsonShape.Type.INTEGER);
        assertThat(product.properties().get("num").format()).isEqualTo("int32");
        assertThat(product.closed()).isTrue();
        assertThat(schemas.body("POST", "/api/v1/orders/{merchantTradeNo}/refresh")).as("no body").isEmpty();
        assertThat(schemas.body("GET", "/api/v1/orders")).isEmpty();
    }

    @Test
    void reads_nullable_and_open_objects() {
        RequestSchemas schemas = new RequestSchemas(document("""
                Thing:
                  type: object
                  properties:
                    note:
                      type: string
                      nullable: true
                    tags:
                      type: array
                      items:
                        type: integer
                        nullable: true
                """));

        JsonShape thing = schemas.body("POST", "/things").orElseThrow();
        assertThat(thing.closed()).isFalse();
        assertThat(thing.properties().get("note").nullable()).isTrue();
        assertThat(thing.properties().get("tags").items().nullable()).isTrue();
    }

    @Test
    void refuses_to_start_on_a_schema_it_cannot_check() {
        assertThatThrownBy(() -> new RequestSchemas(document("""
                Thing:
                  type: object
                  properties:
                    part:
                      oneOf:
                        - type: string
                        - type: integer
                """))).hasMessageContaining("Thing.part uses oneOf");
        assertThatThrownBy(() -> new RequestSchemas(document("""
                Thing:
                  type: object
                  properties:
                    inner:
                      $ref: '#/components/schemas/Thing'
                """))).hasMessageContaining("Thing contains itself");
        assertThatThrownBy(() -> new RequestSchemas(document("""
                Other:
                  type: string
                """))).hasMessageContaining("refers to #/components/schemas/Thing");
    }
}
