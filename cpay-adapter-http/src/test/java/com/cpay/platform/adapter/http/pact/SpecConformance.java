package com.cpay.platform.adapter.http.pact;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.pact.PactProviderValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks a pact file against cpay-merchant-api.yaml with swagger-request-validator, in two passes.
 *
 * <ol>
 *   <li>swagger-request-validator-pact's {@link PactProviderValidator} (the 2.x name of SwaggerPactValidator)
 *       validates every interaction: method, path, query parameters (incl. the {@code sign} pattern), content
 *       type, and the JSON answer against the operation's response schema ({@code allOf} envelope and the
 *       {@code oneOf} LenientText included). Combinators are resolved so that undeclared properties are
 *       reported too.</li>
 *   <li>Form bodies: the validator does read {@code application/x-www-form-urlencoded} bodies, but it turns
 *       every value that looks like a number or a boolean into a JSON number or boolean
 *       ({@code HttpParsingUtils.toJsonObject}), so {@code merchantId=20003092}, {@code createTime},
 *       {@code amount}, {@code cvv}... fail {@code type: string}, and {@code enum: ['1','2']}, {@code pattern}
 *       and {@code maxLength} are not applied as written. A form carries text only, so pass 1 ignores the
 *       request-body schema ({@code validation.request.body.schema}), and pass 2 validates each form body with
 *       swagger-request-validator-core directly: the body is decoded into an object of strings and sent as a
 *       {@link SimpleRequest} to a validator whose copy of the spec offers each form schema under
 *       {@code application/json} too. Required fields, patterns, enums, lengths and undeclared fields (e.g. a
 *       {@code callbackURL} where the operation spells {@code callBackURL}) are then checked on the real text.</li>
 * </ol>
 */
final class SpecConformance {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON_TYPE = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator interactions;
    private final OpenApiInteractionValidator formBodies;

    SpecConformance(Path spec) {
        String location = spec.toUri().toString();
        interactions = OpenApiInteractionValidator.createForSpecificationUrl(location)
                .withResolveCombinators(true)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.body.schema", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        formBodies = OpenApiInteractionValidator.createFor(formsAlsoAsJson(location))
                .withResolveCombinators(true)
                .build();
    }

    /** The validation report of every interaction of the pact; empty when all conform. */
    String check(Path pact) {
        StringBuilder report = new StringBuilder();
        PactProviderValidationResults results;
        try {
            results = PactProviderValidator.createFor(interactions)
                    .withConsumer(PactContract.CONSUMER, pact.toUri().toURL()).build().validate();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(pact.toString(), e);
        }
        if (results.hasErrors()) {
            report.append(results.getValidationFailureReport()).append('\n');
        }
        for (JsonNode interaction : read(pact).get("interactions")) {
            JsonNode request = interaction.get("request");
            if (!FORM.equals(request.at("/headers/Content-Type").asText())) {
                continue;
            }
            SimpleRequest asJson = SimpleRequest.Builder.post(request.get("path").asText())
                    .withContentType(JSON_TYPE)
                    .withBody(formAsObject(request.get("body").asText()).toString())
                    .build();
            ValidationReport formReport = formBodies.validateRequest(asJson);
            if (formReport.hasErrors()) {
                report.append("- ").append(interaction.get("description").asText()).append(" (form body)\n")
                        .append(SimpleValidationReportFormat.getInstance().apply(formReport)).append('\n');
            }
        }
        return report.toString();
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

    private static OpenAPI formsAlsoAsJson(String location) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = Objects.requireNonNull(new OpenAPIParser().readLocation(location, null, options).getOpenAPI(),
                "cpay-merchant-api.yaml cannot be parsed");
        api.getPaths().values().forEach(path -> path.readOperations().forEach(SpecConformance::offerFormAsJson));
        return api;
    }

    private static void offerFormAsJson(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        Content content = operation.getRequestBody().getContent();
        if (content.containsKey(FORM)) {
            content.addMediaType(JSON_TYPE, content.get(FORM));
        }
    }

    private static JsonNode read(Path pact) {
        try {
            return JSON.readTree(pact.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(pact + " cannot be read", e);
        }
    }
}
