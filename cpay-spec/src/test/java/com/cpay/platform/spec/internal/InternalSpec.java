package com.cpay.platform.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Loads internal-api.yaml from the classpath (parsed once) and offers lookups that follow local references:
 * schemas, parameters, responses and examples stay {@code $ref}s in swagger-parser's model.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class InternalSpec {

    static final String RESOURCE = "internal-api.yaml";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON = "application/json";

    private static final SwaggerParseResult RESULT = parse();

    /** One operation with where it lives. */
    record Op(PathItem.HttpMethod method, String path, Operation operation) {
        String id() {
            return operation.getOperationId();
        }

        boolean isPost() {
            return method == PathItem.HttpMethod.POST;
        }
    }

    private InternalSpec() {
    }

    static SwaggerParseResult parseResult() {
        return RESULT;
    }

    static OpenAPI api() {
        if (RESULT.getOpenAPI() == null) {
            throw new AssertionError(RESOURCE + " did not parse: " + RESULT.getMessages());
        }
        return RESULT.getOpenAPI();
    }

    private static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text(), null, options);
    }

    static String text() {
        try (InputStream in = InternalSpec.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError(RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Op> operations() {
        List<Op> found = new ArrayList<>();
        api().getPaths().forEach((path, item) ->
                item.readOperationsMap().forEach((method, op) -> found.add(new Op(method, path, op))));
        return found;
    }

    static Op operation(String operationId) {
        return operations().stream().filter(op -> operationId.equals(op.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + operationId));
    }

    static Schema schema(String name) {
        Schema schema = api().getComponents().getSchemas().get(name);
        if (schema == null) {
            throw new AssertionError("no schema " + name);
        }
        return schema;
    }

    static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    static Schema resolve(Schema schema) {
        Schema current = schema;
        while (current != null && current.get$ref() != null) {
            current = api().getComponents().getSchemas().get(refName(current.get$ref()));
        }
        return current;
    }

    static Parameter resolve(Parameter parameter) {
        return parameter.get$ref() == null ? parameter
                : api().getComponents().getParameters().get(refName(parameter.get$ref()));
    }

    static ApiResponse resolve(ApiResponse response) {
        return response.get$ref() == null ? response
                : api().getComponents().getResponses().get(refName(response.get$ref()));
    }

    static Example resolve(Example example) {
        return example.get$ref() == null ? example
                : api().getComponents().getExamples().get(refName(example.get$ref()));
    }

    static List<Parameter> parameters(Operation op) {
        return op.getParameters() == null ? List.of()
                : op.getParameters().stream().map(InternalSpec::resolve).toList();
    }

    static JsonNode value(Example example) {
        return Json.mapper().valueToTree(resolve(example).getValue());
    }

    /**
     * Every property anywhere under the component schemas, array items and nested inline objects
     * included, as "Owner.property" (nested: "Owner.property[].inner").
     */
    static Map<String, Schema> allProperties() {
        Map<String, Schema> found = new LinkedHashMap<>();
        api().getComponents().getSchemas().forEach((name, schema) -> collect(name, schema, found::put));
        return found;
    }

    private static void collect(String owner, Schema schema, BiConsumer<String, Schema> sink) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
                sink.accept(owner + "." + name, property);
                collect(owner + "." + name, property, sink);
            });
        }
        if (schema.getItems() != null) {
            collect(owner + "[]", schema.getItems(), sink);
        }
        for (List<Schema> parts : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (parts != null) {
                parts.forEach(part -> collect(owner, part, sink));
            }
        }
    }

    /** The names of every component schema reachable from a response body. */
    static Set<String> schemasReachableFromResponses() {
        Set<String> reached = new HashSet<>();
        operations().forEach(op -> op.operation().getResponses().values().forEach(r -> {
            ApiResponse response = resolve(r);
            if (response.getContent() != null) {
                response.getContent().values().forEach(media -> reach(media.getSchema(), reached));
            }
        }));
        return reached;
    }

    /** The names of every component schema reachable from a request body. */
    static Set<String> schemasReachableFromRequests() {
        Set<String> reached = new HashSet<>();
        operations().forEach(op -> {
            if (op.operation().getRequestBody() != null) {
                op.operation().getRequestBody().getContent().values()
                        .forEach(media -> reach(media.getSchema(), reached));
            }
        });
        return reached;
    }

    private static void reach(Schema schema, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = refName(schema.get$ref());
            if (reached.add(name)) {
                reach(schema(name), reached);
            }
            return;
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> reach(p, reached));
        }
        reach(schema.getItems(), reached);
    }
}
