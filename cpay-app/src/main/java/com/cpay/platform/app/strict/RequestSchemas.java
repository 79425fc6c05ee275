package com.cpay.platform.app.strict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The request body schemas of {@code internal-api.yaml} (on the classpath, from cpay-spec), read once at start-up
 * into {@link JsonShape}s by operation ({@code POST /api/v1/deposits}, with the path as the API description writes
 * it: {@code /api/v1/orders/{merchantTradeNo}/resubmit}). They are read on a thread of their own while the rest of
 * the application starts and awaited before the server accepts requests. A request schema using a construct the
 * strict reading cannot check ({@code allOf}, {@code oneOf}, {@code anyOf}, {@code not}, a {@code $ref} outside the
 * document) stops the start, so the check never silently falls behind the document.
 */
@Context
public class RequestSchemas {

    /** The API description on the classpath. */
    public static final String RESOURCE = "internal-api.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(RequestSchemas.class);
    private static final String LOCAL_SCHEMA = "#/components/schemas/";
    private static final Set<String> UNSUPPORTED = Set.of("allOf", "oneOf", "anyOf", "not");

    // read on a thread of its own while the rest of the application starts (YAML costs a few hundred
    // milliseconds of class loading and parsing), awaited before the server accepts requests
    private final CompletableFuture<Map<String, JsonShape>> byOperation;

    public RequestSchemas() {
        this.byOperation = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                long start = System.nanoTime();
                byOperation.complete(read(load()));
                LOG.debug("read the request schemas of {} in {} ms", RESOURCE, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | Error e) {
                byOperation.completeExceptionally(e);
            }
        }, "request-schemas");
        reader.setDaemon(true);
        reader.start();
    }

    RequestSchemas(String yaml) {
        this.byOperation = CompletableFuture.completedFuture(read(yaml));
    }

    /** The start fails when the document cannot be read as the strict check needs it. */
    @EventListener
    void awaitBeforeServing(StartupEvent event) {
        schemas();
    }

    /** The shape of the JSON body of this operation, e.g. ("POST", "/api/v1/kyc-batches"); empty when it has none. */
    public Optional<JsonShape> body(String method, String pathTemplate) {
        return Optional.ofNullable(schemas().get(method.toUpperCase(Locale.ROOT) + " " + pathTemplate));
    }

    /** Every operation with a JSON request body, as "METHOD path". */
    public Set<String> operations() {
        return schemas().keySet();
    }

    private Map<String, JsonShape> schemas() {
        try {
            return byOperation.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static String load() {
        try (InputStream in = RequestSchemas.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (cpay-spec)");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, JsonShape> read(String yaml) {
        JsonNode api;
        try {
            api = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read", e);
        }
        Resolver resolver = new Resolver(api.path("components").path("schemas"));
        Map<String, JsonShape> found = new LinkedHashMap<>();
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json")
                    .path("schema");
            if (!schema.isMissingNode()) {
                String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                found.put(name, resolver.shape(schema, name));
            }
        }));
        return Map.copyOf(found);
    }

    /** Turns schemas into shapes, following {@code $ref}s to the document's component schemas. */
    private static final class Resolver {

        private final JsonNode components;
        private final Map<String, JsonShape> named = new HashMap<>();
        private final Set<String> resolving = new HashSet<>();

        Resolver(JsonNode components) {
            this.components = components;
        }

        JsonShape shape(JsonNode schema, String where) {
            if (schema.has("$ref")) {
                return named(schema.get("$ref").asText(), where);
            }
            for (String keyword : UNSUPPORTED) {
                if (schema.has(keyword)) {
                    throw new IllegalStateException(where + " uses " + keyword
                            + ", which the strict JSON check does not support");
                }
            }
            boolean nullable = schema.path("nullable").asBoolean(false);
            JsonShape shape = switch (type(schema)) {
                case OBJECT -> object(schema, where);
                case ARRAY -> JsonShape.array(schema.has("items") ? shape(schema.get("items"), where + "[]")
                        : JsonShape.any());
                case ANY -> JsonShape.any();
                default -> JsonShape.of(type(schema), schema.path("format").asText(null));
            };
            return nullable ? shape.orNull() : shape;
        }

        private JsonShape named(String ref, String where) {
            if (!ref.startsWith(LOCAL_SCHEMA) || !components.has(ref.substring(LOCAL_SCHEMA.length()))) {
                throw new IllegalStateException(where + " refers to " + ref + ", not a schema of this document");
            }
            String name = ref.substring(LOCAL_SCHEMA.length());
            JsonShape known = named.get(name);
            if (known != null) {
                return known;
            }
            if (!resolving.add(name)) {
                throw new IllegalStateException(name + " contains itself, which the strict JSON check does not "
                        + "support");
            }
            JsonShape shape = shape(components.get(name), name);
            resolving.remove(name);
            named.put(name, shape);
            return shape;
        }

        private JsonShape object(JsonNode schema, String where) {
            Map<String, JsonShape> properties = new LinkedHashMap<>();
            schema.path("properties").properties().forEach(p ->
                    properties.put(p.getKey(), shape(p.getValue(), where + "." + p.getKey())));
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            JsonNode additional = schema.path("additionalProperties");
            if (additional.isObject()) {
                return JsonShape.map(properties, required, shape(additional, where + ".*"));
            }
            return JsonShape.object(properties, required, additional.isBoolean() && !additional.asBoolean());
        }

        private static JsonShape.Type type(JsonNode schema) {
            String type = schema.path("type").asText("");
            if (type.isEmpty()) {
                return schema.has("properties") ? JsonShape.Type.OBJECT : JsonShape.Type.ANY;
            }
            try {
                return JsonShape.Type.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("unknown schema type " + type, e);
            }
        }
    }
}
