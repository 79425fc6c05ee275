package com.cpay.platform.spec;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads the hand-written specs from the classpath and offers small lookups over the parsed model. */
final class Specs {

    static final String MERCHANT_API = "cpay-merchant-api.yaml";
    static final String WEBHOOK = "cpay-webhook.yaml";

    private static final Map<String, SwaggerParseResult> CACHE = new ConcurrentHashMap<>();

    private Specs() {
    }

    static SwaggerParseResult parse(String resource) {
        return CACHE.computeIfAbsent(resource, Specs::parseNow);
    }

    static OpenAPI api(String resource) {
        OpenAPI api = parse(resource).getOpenAPI();
        if (api == null) {
            throw new AssertionError(resource + " did not parse: " + parse(resource).getMessages());
        }
        return api;
    }

    /** The model as written, local references kept (to check that reusable components are used). */
    static OpenAPI unresolved(String resource) {
        return new OpenAPIV3Parser().readContents(text(resource), null, new ParseOptions()).getOpenAPI();
    }

    private static SwaggerParseResult parseNow(String resource) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text(resource), null, options);
    }

    static String text(String resource) {
        try (InputStream in = Specs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows a local {@code #/components/schemas/X} reference, if any. */
    @SuppressWarnings("rawtypes")
    static Schema resolve(OpenAPI api, Schema schema) {
        Schema current = schema;
        while (current != null && current.get$ref() != null) {
            current = api.getComponents().getSchemas().get(refName(current.get$ref()));
        }
        return current;
    }

    static Parameter resolve(OpenAPI api, Parameter parameter) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        return api.getComponents().getParameters().get(refName(parameter.get$ref()));
    }

    static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Every "description" text anywhere in the document. */
    static List<String> descriptions(String resource) {
        List<String> found = new ArrayList<>();
        collectDescriptions(Json.mapper().valueToTree(api(resource)), found);
        return found;
    }

    private static void collectDescriptions(JsonNode node, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("description") && field.getValue().isTextual()) {
                    found.add(field.getValue().asText());
                } else {
                    collectDescriptions(field.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectDescriptions(child, found));
        }
    }
}
