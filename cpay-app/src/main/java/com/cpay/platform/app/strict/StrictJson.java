package com.cpay.platform.app.strict;

import com.cpay.platform.domain.shared.Violation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Reads a request body strictly and checks it against its {@link JsonShape}: the rules of "Strict JSON" in
 * internal-api.yaml. Lenient readers disagree on such bodies (the first or the last of two equal keys, a number
 * read as text, {@code 1.5} cut to 1, text after the value ignored), so a body that another reader could see
 * differently is refused instead of guessed at. Rules: {@code json}, {@code trailing-content},
 * {@code duplicate-key} (each alone: the body cannot be read further), then every {@code type}, {@code integer},
 * {@code not-null}, {@code required} and {@code unknown-property} at once, at most {@value #MAX_VIOLATIONS}.
 * Fields are paths as the caller wrote them ({@code products[0].num}, {@code body} for the whole body); messages
 * name types, never the values sent.
 */
public final class StrictJson {

    /** At most this many violations are reported. */
    public static final int MAX_VIOLATIONS = 100;
    static final String BODY = "body";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    // Jackson's message for STRICT_DUPLICATE_DETECTION; the only way to tell it from other syntax errors
    private static final String DUPLICATE_MESSAGE = "Duplicate field";

    private StrictJson() {
    }

    /** Every way the body breaks the strict rules for this shape; empty when it keeps them all. */
    public static List<Violation> check(byte[] body, JsonShape shape) {
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(body)) {
            if (parser.nextToken() == null) {
                return List.of(new Violation(BODY, "required", "the request needs a JSON body"));
            }
            root = MAPPER.readTree(parser);
            JsonLocation end = parser.currentLocation();
            try {
                if (parser.nextToken() != null) {
                    return List.of(trailing(parser.currentTokenLocation()));
                }
            } catch (StreamReadException e) {
                return List.of(trailing(e.getLocation() == null ? end : e.getLocation()));
            }
        } catch (StreamReadException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith(DUPLICATE_MESSAGE) && e.getProcessor() != null) {
                String field = path(e.getProcessor().getParsingContext());
                return List.of(new Violation(field, "duplicate-key", field + " appears more than once in its object"));
            }
            return List.of(new Violation(BODY, "json", "the body is not valid JSON" + at(e.getLocation())));
        } catch (IOException e) {
            return List.of(new Violation(BODY, "json", "the body is not valid JSON"));
        }
        List<Violation> found = new ArrayList<>();
        if ((root == null || root.isNull()) && !shape.nullable()) {
            found.add(new Violation(BODY, "not-null", "the body must be a JSON " + shape.type().word()
                    + ", not null"));
        } else if (root != null) {
            walk(root, shape, "", found);
        }
        return found.size() > MAX_VIOLATIONS ? List.copyOf(found.subList(0, MAX_VIOLATIONS)) : found;
    }

    private static void walk(JsonNode value, JsonShape shape, String path, List<Violation> found) {
        if (found.size() > MAX_VIOLATIONS || value.isNull()) {
            return;
        }
        String field = path.isEmpty() ? BODY : path;
        switch (shape.type()) {
            case STRING -> expect(value.isTextual(), value, shape, field, found);
            case BOOLEAN -> expect(value.isBoolean(), value, shape, field, found);
            case NUMBER -> expect(value.isNumber(), value, shape, field, found);
            case INTEGER -> {
                if (expect(value.isNumber(), value, shape, field, found) && !whole(value, shape.format())) {
                    found.add(new Violation(field, "integer", field + " must be a whole number written without "
                            + "a fraction or exponent" + ("int32".equals(shape.format()) || "int64".equals(
                            shape.format()) ? " that fits " + shape.format() : "")));
                }
            }
            case ARRAY -> {
                if (expect(value.isArray(), value, shape, field, found)) {
                    for (int i = 0; i < value.size(); i++) {
                        String item = path + "[" + i + "]";
                        if (value.get(i).isNull() && !shape.items().nullable()) {
                            found.add(new Violation(item, "not-null", item + " must not be null"));
                        } else {
                            walk(value.get(i), shape.items(), item, found);
                        }
                    }
                }
            }
            case OBJECT -> {
                if (expect(value.isObject(), value, shape, field, found)) {
                    object(value, shape, path, found);
                }
            }
            case ANY -> {
            }
        }
    }

    /** An optional property given as null is as if absent; a required one is missing. */
    private static void object(JsonNode value, JsonShape shape, String path, List<Violation> found) {
        String prefix = path.isEmpty() ? "" : path + ".";
        for (Map.Entry<String, JsonNode> property : value.properties()) {
            String field = prefix + fieldName(property.getKey());
            JsonShape expected = shape.properties().get(property.getKey());
            if (expected == null && shape.additional() != null) {
                if (property.getValue().isNull() && !shape.additional().nullable()) {
                    found.add(new Violation(field, "not-null", field + " must not be null"));
                } else {
                    walk(property.getValue(), shape.additional(), field, found);
                }
            } else if (expected == null) {
                if (shape.closed()) {
                    found.add(new Violation(field, "unknown-property", field
                            + " is not a property the API describes here"));
                }
            } else if (!property.getValue().isNull() || expected.nullable()) {
                walk(property.getValue(), expected, field, found);
            }
        }
        for (String name : shape.required()) {
            JsonNode given = value.get(name);
            if (given == null || given.isNull() && !shape.properties().getOrDefault(name, JsonShape.any()).nullable()) {
                found.add(new Violation(prefix + name, "required", prefix + name + " is required"));
            }
        }
    }

    private static boolean expect(boolean matches, JsonNode value, JsonShape shape, String field,
                                  List<Violation> found) {
        if (!matches) {
            found.add(new Violation(field, "type", field + " must be a JSON " + shape.type().word() + ", not "
                    + article(value.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
        }
        return matches;
    }

    private static boolean whole(JsonNode number, String format) {
        if (!number.isIntegralNumber()) {
            return false;
        }
        return switch (format == null ? "" : format) {
            case "int32" -> number.canConvertToInt();
            case "int64" -> number.canConvertToLong();
            default -> true;
        };
    }

    /** {@code users[2].idCardUrls[0]} for the place the parser is at. */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.addFirst((c.getParent() == null || c.getParent().inRoot() ? "" : ".")
                        + fieldName(c.getCurrentName()));
            }
        }
        return parts.isEmpty() ? BODY : String.join("", parts);
    }

    /**
     * A property name as a part of a field path: as written, unless it is blank ({@code ""} is a legal JSON key), then
     * as its JSON string literal ({@code ""}, {@code " "}), so that the violation still names a field (fuzzing found
     * {@code {"":1}} answered 500: a violation on a blank field cannot be made).
     */
    static String fieldName(String name) {
        return name.isBlank() ? "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(name)) + "\"" : name;
    }

    private static Violation trailing(JsonLocation location) {
        return new Violation(BODY, "trailing-content", "the body holds more than one JSON value" + at(location));
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String article(String type) {
        return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
    }
}
