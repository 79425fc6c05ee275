package com.cpay.platform.spec.internal;

import com.cpay.platform.spec.internal.InternalExampleValidator.Direction;
import com.cpay.platform.spec.internal.InternalSpec.Op;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.cpay.platform.spec.internal.InternalSpec.api;
import static com.cpay.platform.spec.internal.InternalSpec.operations;
import static com.cpay.platform.spec.internal.InternalSpec.resolve;
import static com.cpay.platform.spec.internal.InternalSpec.schema;
import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings({"rawtypes", "unchecked"})
@DisplayName("The internal API spec")
class InternalApiSpecTest {

    /** operationId -> "METHOD path tag". */
    private static final Map<String, String> OPERATIONS = new TreeMap<>(Map.ofEntries(
            Map.entry("createDeposit", "POST /api/v1/deposits Deposits"),
            Map.entry("createCardOrder", "POST /api/v1/card-orders CardOrders"),
            Map.entry("createCardPayment", "POST /api/v1/card-payments CardPayments"),
            Map.entry("createCryptoPayout", "POST /api/v1/payouts/crypto Payouts"),
            Map.entry("createPixPayout", "POST /api/v1/payouts/pix Payouts"),
            Map.entry("createExchange", "POST /api/v1/exchanges Exchanges"),
            Map.entry("submitKycBatch", "POST /api/v1/kyc-batches KycBatches"),
            Map.entry("getQuote", "GET /api/v1/quotes Quotes"),
            Map.entry("listBalances", "GET /api/v1/balances Balances"),
            Map.entry("listDepositAddresses", "GET /api/v1/users/{userId}/deposit-addresses DepositAddresses"),
            Map.entry("getOrder", "GET /api/v1/orders/{merchantTradeNo} Orders"),
            Map.entry("listOrders", "GET /api/v1/orders Orders"),
            Map.entry("refreshOrder", "POST /api/v1/orders/{merchantTradeNo}/refresh Orders"),
            Map.entry("resubmitOrder", "POST /api/v1/orders/{merchantTradeNo}/resubmit Orders"),
            Map.entry("listEvents", "GET /api/v1/events Events"),
            Map.entry("getEvent", "GET /api/v1/events/{eventId} Events")));

    /** Operations that call C-Pay, and so can meet a refusal (502) or an unreachable C-Pay (503). */
    private static final Set<String> CALLS_CPAY = Set.of("createDeposit", "createCardOrder", "createCardPayment",
            "createCryptoPayout", "createPixPayout", "createExchange", "submitKycBatch", "getQuote", "listBalances",
            "listDepositAddresses", "refreshOrder");

    @Test
    @DisplayName("parses with swagger-parser without a single message, as OpenAPI 3.0.3")
    void parses_without_a_single_message() {
        assertThat(InternalSpec.parseResult().getMessages()).isEmpty();
        assertThat(api().getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    @DisplayName("has exactly the sixteen operations, each with its method, path and one tag")
    void has_exactly_the_operations_with_one_tag_each() {
        Map<String, String> found = new TreeMap<>();
        operations().forEach(op -> {
            assertThat(op.operation().getTags()).as(op.id()).hasSize(1);
            found.put(op.id(), op.method() + " " + op.path() + " " + op.operation().getTags().get(0));
        });
        assertThat(found).isEqualTo(OPERATIONS);
    }

    @Test
    @DisplayName("declares every tag it uses, with a description, and no other")
    void declares_every_tag_it_uses() {
        Set<String> used = operations().stream().map(op -> op.operation().getTags().get(0)).collect(Collectors.toSet());
        assertThat(api().getTags()).extracting(Tag::getName).containsExactlyInAnyOrderElementsOf(used);
        assertThat(api().getTags()).allSatisfy(tag -> assertThat(tag.getDescription()).as(tag.getName()).isNotBlank());
    }

    @Test
    @DisplayName("keeps C-Pay's webhook out: that contract is cpay-webhook.yaml")
    void keeps_the_cpay_webhook_out() {
        assertThat(api().getPaths().keySet()).allMatch(path -> path.startsWith("/api/v1/"));
    }

    @Test
    @DisplayName("gives every operation a summary, a description and an operationId")
    void documents_every_operation() {
        assertThat(operations()).allSatisfy(op -> {
            assertThat(op.id()).matches("[a-z][A-Za-z]+");
            assertThat(op.operation().getSummary()).as(op.id()).isNotBlank();
            assertThat(op.operation().getDescription()).as(op.id()).isNotBlank();
        });
    }

    @Test
    @DisplayName("requires the HTTP bearer scheme on every /api operation")
    void requires_bearer_auth_on_every_api_operation() {
        SecurityScheme scheme = api().getComponents().getSecuritySchemes().get("bearerAuth");
        assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(scheme.getScheme()).isEqualTo("bearer");
        SecurityRequirement bearer = new SecurityRequirement().addList("bearerAuth");
        assertThat(api().getSecurity()).containsExactly(bearer);
        assertThat(operations()).allSatisfy(op -> assertThat(op.operation().getSecurity())
                .as(op.id() + " states its own security").containsExactly(bearer));
    }

    @Test
    @DisplayName("requires an Idempotency-Key header on every POST, and only there")
    void requires_an_idempotency_key_on_every_post() {
        assertThat(operations().stream().filter(Op::isPost)).hasSize(9);
        assertThat(operations()).allSatisfy(op -> {
            List<Parameter> keys = InternalSpec.parameters(op.operation()).stream()
                    .filter(p -> "Idempotency-Key".equals(p.getName())).toList();
            if (!op.isPost()) {
                assertThat(keys).as(op.id()).isEmpty();
                return;
            }
            assertThat(keys).as(op.id()).singleElement().satisfies(key -> {
                assertThat(key.getIn()).isEqualTo("header");
                assertThat(key.getRequired()).isTrue();
                assertThat(key.getSchema().getType()).isEqualTo("string");
                assertThat(key.getSchema().getMinLength()).isEqualTo(1);
                assertThat(key.getSchema().getMaxLength()).isEqualTo(255);
                assertThat(key.getDescription()).contains("stored response", "422", "409");
            });
        });
    }

    @Test
    @DisplayName("answers every error as application/problem+json with the Problem schema")
    void answers_every_error_with_the_problem_schema() {
        assertThat(operations()).allSatisfy(op -> op.operation().getResponses().forEach((status, r) -> {
            if (Integer.parseInt(status) < 400) {
                return;
            }
            ApiResponse response = resolve(r);
            assertThat(response.getContent().keySet()).as(op.id() + " " + status).containsExactly(InternalSpec.PROBLEM_JSON);
            assertThat(response.getContent().get(InternalSpec.PROBLEM_JSON).getSchema().get$ref())
                    .as(op.id() + " " + status).isEqualTo("#/components/schemas/Problem");
        }));
    }

    @Test
    @DisplayName("lets every operation answer the errors it can meet: 401 always; 400, 409, 422 on POSTs; 502, 503 when it calls C-Pay; 404 by order number")
    void documents_the_errors_each_operation_can_meet() {
        assertThat(operations()).allSatisfy(op -> {
            Set<String> statuses = op.operation().getResponses().keySet();
            assertThat(statuses).as(op.id()).contains("401");
            assertThat(statuses.stream().filter(s -> s.startsWith("2"))).as(op.id()).hasSize(1);
            if (op.isPost()) {
                assertThat(statuses).as(op.id()).contains("400", "409", "422");
            }
            if (CALLS_CPAY.contains(op.id())) {
                assertThat(statuses).as(op.id()).contains("502", "503");
            } else {
                assertThat(statuses).as(op.id()).doesNotContain("502", "503");
            }
            assertThat(statuses.contains("404")).as(op.id())
                    .isEqualTo(op.path().contains("{merchantTradeNo}") || op.path().contains("{eventId}"));
        });
    }

    @Test
    @DisplayName("describes RFC 9457 problems with violations and C-Pay's code, message and trace id")
    void describes_problems_with_violations_and_cpay_details() {
        Schema problem = schema("Problem");
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "instance",
                "violations", "cpayCode", "cpayMsg", "traceId", "merchantTradeNo", "outcomeUnknown");
        assertThat(problem.getRequired()).containsExactlyInAnyOrder("type", "title", "status");
        Schema violations = (Schema) problem.getProperties().get("violations");
        assertThat(violations.getItems().get$ref()).isEqualTo("#/components/schemas/Violation");
        assertThat(schema("Violation").getRequired()).containsExactlyInAnyOrder("field", "rule", "message");
        assertThat(resolve(new ApiResponse().$ref("#/components/responses/CpayRejected")).getDescription())
                .contains("cpayCode", "cpayMsg", "traceId");
        assertThat(resolve(new ApiResponse().$ref("#/components/responses/CpayUnavailable")).getDescription())
                .contains("PENDING", "outcomeUnknown");
    }

    @Test
    @DisplayName("names every request and response body schema in components, for the generators")
    void names_every_body_schema() {
        assertThat(operations()).allSatisfy(op -> {
            if (op.operation().getRequestBody() != null) {
                assertThat(op.operation().getRequestBody().getRequired()).as(op.id()).isTrue();
                op.operation().getRequestBody().getContent().values().forEach(media ->
                        assertThat(media.getSchema().get$ref()).as(op.id() + " request").isNotNull());
            }
            op.operation().getResponses().values().forEach(r -> {
                ApiResponse response = resolve(r);
                if (response.getContent() != null) {
                    response.getContent().values().forEach(media ->
                            assertThat(media.getSchema().get$ref()).as(op.id() + " response").isNotNull());
                }
            });
        });
    }

    @Test
    @DisplayName("closes every object a request body holds (additionalProperties: false): an unknown property is 400")
    void closes_every_request_schema() {
        Set<String> requests = InternalSpec.schemasReachableFromRequests();

        assertThat(requests).contains("CreateCardPaymentRequest", "CardData", "ProductLine", "KycUser",
                "ResubmitRequest");
        assertThat(requests).allSatisfy(name -> {
            Schema schema = schema(name);
            if ("Metadata".equals(name)) {
                // the one map: any key, each value a bounded string
                assertThat(schema.getAdditionalProperties()).as(name).isInstanceOf(Schema.class);
                assertThat(((Schema<?>) schema.getAdditionalProperties()).getType()).isEqualTo("string");
                assertThat(((Schema<?>) schema.getAdditionalProperties()).getMaxLength()).isEqualTo(500);
                assertThat(schema.getMaxProperties()).isEqualTo(20);
            } else if ("object".equals(schema.getType())) {
                assertThat(schema.getAdditionalProperties()).as(name).isEqualTo(false);
            }
        });
    }

    @Test
    @DisplayName("documents the strict JSON rules and their names in its description")
    void documents_strict_json() {
        assertThat(api().getInfo().getDescription()).contains("Strict JSON").contains(
                "`json`", "`trailing-content`", "`duplicate-key`", "`type`", "`integer`", "`not-null`",
                "`required`", "`unknown-property`", "optional property given as `null`");
    }

    @Test
    @DisplayName("has no inline object or inline enumeration inside a schema: each is a named component")
    void has_no_inline_objects_or_enumerations() {
        InternalSpec.allProperties().forEach((name, property) -> {
            Schema items = property.getItems();
            for (Schema s : items == null ? List.of(property) : List.of(property, items)) {
                if (s.get$ref() == null) {
                    assertThat(s.getProperties()).as(name).isNull();
                    assertThat(s.getEnum()).as(name).isNull();
                    assertThat(s.getType()).as(name).isNotEqualTo("object");
                }
            }
        });
    }

    @Test
    @DisplayName("paginates orders by cursor: cursor, limit 1..200, items and nextCursor")
    void paginates_orders_by_cursor() {
        Map<String, Parameter> params = InternalSpec.parameters(InternalSpec.operation("listOrders").operation())
                .stream().collect(Collectors.toMap(Parameter::getName, p -> p));
        assertThat(params.keySet()).containsExactlyInAnyOrder("status", "kind", "userId", "createdFrom", "createdTo",
                "needsReview", "updatedSince", "cpayOrderId", "hash", "cursor", "limit");
        assertThat(params.get("needsReview").getSchema().getType()).isEqualTo("boolean");
        assertThat(params.get("updatedSince").getSchema().getFormat()).isEqualTo("date-time");
        assertThat(params.values()).allSatisfy(p -> assertThat(p.getRequired()).as(p.getName()).isNotEqualTo(true));
        Schema limit = params.get("limit").getSchema();
        assertThat(limit.getType()).isEqualTo("integer");
        assertThat(limit.getMinimum()).isEqualByComparingTo("1");
        assertThat(limit.getMaximum()).isEqualByComparingTo("200");
        assertThat(schema("OrderPage").getProperties()).containsOnlyKeys("items", "hasMore", "nextCursor");
        assertThat(schema("OrderPage").getRequired()).containsExactlyInAnyOrder("items", "hasMore");
        assertThat(schema("EventPage").getRequired()).contains("items", "hasMore");
    }

    @Test
    @DisplayName("takes the merchant's metadata on every order-creating request and shows it on the order")
    void takes_metadata_on_every_create() {
        for (String request : List.of("CreateDepositRequest", "CreateCardOrderRequest", "CreateCardPaymentRequest",
                "CreateCryptoPayoutRequest", "CreatePixPayoutRequest", "CreateExchangeRequest")) {
            assertThat(((Schema<?>) schema(request).getProperties().get("metadata")).get$ref()).as(request)
                    .isEqualTo("#/components/schemas/Metadata");
        }
        assertThat(((Schema<?>) schema("Order").getProperties().get("metadata")).get$ref())
                .isEqualTo("#/components/schemas/Metadata");
        assertThat(schema("Metadata").getDescription()).contains("at most 20 keys", "1 to 40 characters",
                "at most 500 characters", "card-number", "`metadata.<key>`");
    }

    @Test
    @DisplayName("documents X-Request-Id: a request parameter component and the header of every response")
    void documents_the_request_id() {
        assertThat(api().getComponents().getParameters().get("RequestId").getName()).isEqualTo("X-Request-Id");
        assertThat(api().getComponents().getParameters().get("RequestId").getRequired()).isNotEqualTo(true);
        assertThat(operations()).allSatisfy(op -> op.operation().getResponses().forEach((status, r) ->
                assertThat(resolve(r).getHeaders()).as(op.id() + " " + status).containsKey("X-Request-Id")));
    }

    @Test
    @DisplayName("shows an order with its status history and review flag")
    void shows_an_order_with_history_and_review() {
        assertThat(schema("Order").getProperties()).containsKeys("merchantTradeNo", "cpayOrderId", "kind", "userId",
                "status", "needsReview", "reviewNotes", "history", "reportedAmounts");
        assertThat(schema("StatusChange").getProperties()).containsOnlyKeys(
                "from", "to", "rawCode", "reportedStatus", "source", "outcome", "at");
        assertThat(schema("ReviewNote").getProperties()).containsOnlyKeys("reason", "detail", "at");
    }

    @Test
    @DisplayName("has an example for every request body and every response, and each one is valid")
    void has_valid_examples_for_every_operation() {
        assertThat(operations()).allSatisfy(op -> {
            if (op.operation().getRequestBody() != null) {
                MediaType media = op.operation().getRequestBody().getContent().get(InternalSpec.JSON);
                assertValidExamples(op.id() + " request", media, Direction.REQUEST);
            }
            op.operation().getResponses().forEach((status, r) -> {
                ApiResponse response = resolve(r);
                response.getContent().forEach((type, media) ->
                        assertValidExamples(op.id() + " " + status, media, Direction.RESPONSE));
            });
        });
    }

    @Test
    @DisplayName("uses every component example somewhere")
    void uses_every_component_example() {
        Set<String> referenced = InternalSpec.text().lines()
                .filter(line -> line.contains("$ref: '#/components/examples/"))
                .map(line -> line.substring(line.lastIndexOf('/') + 1, line.lastIndexOf('\'')))
                .collect(Collectors.toSet());
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(api().getComponents().getExamples().keySet());
    }

    private static void assertValidExamples(String where, MediaType media, Direction direction) {
        assertThat(media.getExamples()).as(where + " examples").isNotEmpty();
        InternalExampleValidator validator = new InternalExampleValidator(direction);
        media.getExamples().forEach((name, example) -> {
            Example resolved = resolve(example);
            assertThat(resolved).as(where + " " + name).isNotNull();
            assertThat(resolved.getSummary()).as(where + " " + name + " summary").isNotBlank();
            assertThat(validator.validate(media.getSchema(), InternalSpec.value(example)))
                    .as(where + " example " + name).isEmpty();
        });
    }
}
