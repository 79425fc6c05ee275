package com.cpay.platform.app.webhook;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Checks the messages of a webhook pact against cpay-webhook.yaml (operation {@code receiveCpayNotification},
 * {@code POST /cpay/webhooks}) with swagger-request-validator-core: each message is validated as the request body
 * C-Pay would POST, with its content type.
 *
 * <ul>
 *   <li>A JSON message is validated as it is, as {@code application/json}: required fields, the {@code oneOf}
 *       LenientText of merchantId and createTime, the OrderStatusCode and {@code sign} patterns.</li>
 *   <li>A form message: the validator would read a form body itself, but it turns every value that looks like a
 *       number or a boolean into a JSON number or boolean ({@code HttpParsingUtils.toJsonObject}), so
 *       {@code orderStatus=14} would fail {@code type: string}. A form carries text only: the body is decoded into
 *       an object of strings and validated against the form's schema, offered under {@code application/json} in a
 *       copy of the spec (the approach of cpay-adapter-http's {@code SpecConformance}).</li>
 *   <li>A message whose content type the operation does not declare, or that is not an asynchronous message, is
 *       reported.</li>
 * </ul>
 */
final class WebhookSpecConformance {

    static final String PATH = "/cpay/webhooks";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator jsonBodies;
    private final OpenApiInteractionValidator formBodies;
    private final Set<String> declaredContentTypes;

    WebhookSpecConformance(Path spec) {
        String location = spec.toUri().toString();
        OpenAPI api = parse(location);
        declaredContentTypes = Set.copyOf(api.getPaths().get(PATH).getPost().getRequestBody().getContent().keySet());
        jsonBodies = OpenApiInteractionValidator.createForSpecificationUrl(location).withResolveCombinators(true).build();
        OpenAPI formsAsJson = parse(location);
        Content content = formsAsJson.getPaths().get(PATH).getPost().getRequestBody().getContent();
        content.addMediaType(WebhookContract.JSON, Objects.requireNonNull(content.get(WebhookContract.FORM),
                "cpay-webhook.yaml declares no form body"));
        formBodies = OpenApiInteractionValidator.createFor(formsAsJson).withResolveCombinators(true).build();
    }

    /** The report of every message of the pact; empty when all conform. */
    String check(Path pact) {
        return check(read(pact));
    }

    String check(JsonNode pact) {
        StringBuilder report = new StringBuilder();
        for (JsonNode interaction : pact.path("interactions")) {
            String description = interaction.path("description").asText();
            String problem = problem(interaction);
            if (problem != null) {
                report.append("- ").append(description).append(": ").append(problem).append('\n');
            }
        }
        return report.toString();
    }

    private String problem(JsonNode interaction) {
        if (!"Asynchronous/Messages".equals(interaction.path("type").asText())) {
            return "not an asynchronous message but " + interaction.path("type").asText();
        }
        JsonNode contents = interaction.path("contents");
        String contentType = contents.path("contentType").asText();
        if (!declaredContentTypes.contains(contentType)) {
            return "content type " + contentType + " is not declared by receiveCpayNotification " + declaredContentTypes;
        }
        JsonNode content = contents.path("content");
        ValidationReport report;
        if (WebhookContract.JSON.equals(contentType)) {
            report = jsonBodies.validateRequest(SimpleRequest.Builder.post(PATH).withContentType(WebhookContract.JSON)
                    .withBody(content.isTextual() ? content.asText() : content.toString()).build());
        } else if (WebhookContract.FORM.equals(contentType)) {
            report = formBodies.validateRequest(SimpleRequest.Builder.post(PATH).withContentType(WebhookContract.JSON)
                    .withBody(formAsObject(content.asText()).toString()).build());
        } else {
            return "content type " + contentType + " is neither JSON nor a form";
        }
        return report.hasErrors() ? "\n" + SimpleValidationReportFormat.getInstance().apply(report) : null;
    }

    /** The form's parameters as a JSON object of strings: what a form carries. */
    static ObjectNode formAsObject(String body) {
        ObjectNode form = JSON.createObjectNode();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    private static OpenAPI parse(String location) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return Objects.requireNonNull(new OpenAPIV3Parser().read(location, null, options),
                "cpay-webhook.yaml cannot be parsed");
    }

    static JsonNode read(Path pact) {
        try {
            return JSON.readTree(pact.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(pact + " cannot be read", e);
        }
    }
}
