package com.cpay.platform.app.api.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interaction a consumer committed in {@code contracts/pacts/api} must be one internal-api.yaml allows: the
 * request (path, method, headers, body) and the answer (status, content type, body) are validated against the spec
 * with swagger-request-validator-core, so that a consumer cannot pin a field or value the API never promised, and the
 * provider verification does not end up enforcing behaviour the spec does not describe.
 */
class CommittedApiPactsConformToSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path PACTS = MODULE.resolveSibling("contracts").resolve("pacts").resolve("api");
    private static final Path SPEC = MODULE.resolveSibling("cpay-spec").resolve("src/main/resources/internal-api.yaml");
    // A consumer pins only what it reads, so a recorded answer lacks fields the API always sends: a missing required
    // property of an answer is no error here; a value, type, pattern or enum the spec does not allow is.
    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).withResolveCombinators(true)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.response.body.schema.required", ValidationReport.Level.IGNORE).build())
                    .build();

    @Test
    void every_committed_interaction_conforms_to_internal_api_yaml() throws IOException {
        int interactions = 0;
        StringBuilder report = new StringBuilder();
        try (Stream<Path> files = Files.list(PACTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode pact = JSON.readTree(file.toFile());
                interactions += pact.path("interactions").size();
                report.append(check(pact));
            }
        }
        assertThat(interactions).isPositive();
        assertThat(report.toString()).as("interactions that break internal-api.yaml").isEmpty();
    }

    @Test
    void a_planted_error_is_reported_naming_the_consumer_and_interaction() throws IOException {
        JsonNode pact = JSON.readTree(PACTS.resolve("cpay-internal-client-cpay-platform-api.json").toFile());
        for (JsonNode interaction : pact.path("interactions")) {
            if (interaction.path("description").asText().equals("get a deposit in status COMPLETED")) {
                ((ObjectNode) interaction.path("response").path("body")).put("status", "SETTLED");
            }
            if (interaction.path("description").asText().equals("create a deposit C-Pay refuses")) {
                ((ObjectNode) interaction.path("request").path("headers")).remove("Idempotency-Key");
            }
        }

        String report = check(pact);

        assertThat(report).contains("cpay-internal-client: get a deposit in status COMPLETED").contains("SETTLED")
                .contains("cpay-internal-client: create a deposit C-Pay refuses").contains("Idempotency-Key");
    }

    /** One line per interaction that breaks the spec, with the validator's messages; empty when all conform. */
    private static String check(JsonNode pact) {
        String consumer = pact.path("consumer").path("name").asText();
        StringBuilder report = new StringBuilder();
        for (JsonNode interaction : pact.path("interactions")) {
            JsonNode recorded = interaction.path("request");
            SimpleResponse answer = response(interaction.path("response"));
            // a request meant to be refused (400, 422) breaks the spec on purpose: then only its answer is checked
            ValidationReport result = answer.getStatus() == 400 || answer.getStatus() == 422
                    ? VALIDATOR.validateResponse(recorded.path("path").asText(),
                            Request.Method.valueOf(recorded.path("method").asText()), answer)
                    : VALIDATOR.validate(request(recorded), answer);
            if (result.hasErrors()) {
                report.append("- ").append(consumer).append(": ").append(interaction.path("description").asText())
                        .append('\n').append(SimpleValidationReportFormat.getInstance().apply(result)).append('\n');
            }
        }
        return report.toString();
    }

    private static SimpleRequest request(JsonNode recorded) {
        String path = recorded.path("path").asText();
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(recorded.path("method").asText()), path)
                // consumers record no token; the provider test adds one
                .withAuthorization("Bearer pact-verification");
        headers(recorded).forEach(request::withHeader);
        recorded.path("query").fields().forEachRemaining(q -> q.getValue().forEach(v -> request.withQueryParam(q.getKey(), v.asText())));
        if (recorded.has("body")) {
            request.withBody(recorded.path("body").toString());
        }
        return request.build();
    }

    private static SimpleResponse response(JsonNode recorded) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(recorded.path("status").asInt());
        headers(recorded).forEach(response::withHeader);
        if (recorded.has("body")) {
            response.withBody(recorded.path("body").toString());
        }
        return response.build();
    }

    private static Map<String, String> headers(JsonNode recorded) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = recorded.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            headers.put(header.getKey(), header.getValue().asText());
        }
        return headers;
    }
}
