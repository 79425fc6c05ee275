package com.cpay.platform.sandbox;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** sandbox-control-api.yaml is a valid OpenAPI 3.0 document and describes the routes the simulator serves. */
class ControlApiSpecTest {

    @Test
    void the_control_api_document_is_valid_openapi() throws java.io.IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        String yaml = new String(Objects.requireNonNull(getClass().getResourceAsStream("/sandbox-control-api.yaml")).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);

        assertThat(result.getMessages()).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
        Map<String, String> operations = api.getPaths().entrySet().stream()
                .flatMap(path -> path.getValue().readOperationsMap().entrySet().stream()
                        .map(op -> Map.entry(op.getValue().getOperationId(), op.getKey() + " " + path.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(operations).containsEntry("moveOrder", "POST /sandbox/v1/orders/{orderId}/status")
                .containsEntry("placeOrder", "POST /sandbox/v1/orders")
                .containsEntry("simulateDeposit", "POST /sandbox/v1/deposits")
                .containsEntry("listRequests", "GET /sandbox/v1/requests")
                .containsEntry("listWebhooks", "GET /sandbox/v1/webhooks")
                .containsEntry("addFault", "POST /sandbox/v1/faults")
                .containsEntry("reset", "POST /sandbox/v1/reset")
                .hasSize(22);
    }

    @Test
    void every_documented_route_is_served() throws Exception {
        SandboxServer sandbox = com.cpay.platform.sandbox.support.SharedSandbox.get();
        var router = sandbox.context().getBean(io.micronaut.web.router.Router.class);
        OpenAPI api = new OpenAPIV3Parser().read("src/main/resources/sandbox-control-api.yaml");

        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String concrete = path.replace("{orderId}", "1").replace("{faultId}", "1").replace("{asset}", "USDT")
                    .replace("{merchantId}", "1");
            assertThat(router.findAllClosest(io.micronaut.http.HttpRequest.create(
                    io.micronaut.http.HttpMethod.valueOf(method.name()), concrete)))
                    .as(method + " " + path).isNotEmpty();
        }));
    }
}
