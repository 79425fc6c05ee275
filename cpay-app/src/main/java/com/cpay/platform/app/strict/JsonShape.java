package com.cpay.platform.app.strict;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the API description says one JSON value must be, as far as the strict reading checks it: its JSON type,
 * whether {@code null} is allowed, and for an object its properties, which of them are required and whether others
 * are refused ({@code additionalProperties: false}) or what they must be ({@code additionalProperties: <schema>}, a
 * map such as {@code metadata}); for an array the shape of its items. Patterns, lengths,
 * formats and enumerations are left to Bean Validation of the generated models.
 *
 * @param type     the JSON type the schema names; {@link Type#ANY} when it names none
 * @param format   the schema's {@code format} ({@code int32}, {@code int64}, ...), or null
 * @param nullable {@code nullable: true}
 * @param closed   {@code additionalProperties: false}
 * @param items    the items' shape of an array, else null
 * @param additional the shape of an object's properties it does not name, when the schema gives one; else null
 */
public record JsonShape(Type type, String format, boolean nullable, Map<String, JsonShape> properties,
                        List<String> required, boolean closed, JsonShape items, JsonShape additional) {

    /** The JSON types of OpenAPI 3.0 schemas. */
    public enum Type {
        STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY, ANY;

        /** The word for it in messages: "a JSON string". */
        String word() {
            return this == ANY ? "value" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public JsonShape {
        Objects.requireNonNull(type, "type");
        properties = Map.copyOf(properties);
        required = List.copyOf(required);
        if (type == Type.ARRAY) {
            Objects.requireNonNull(items, "an array names the shape of its items");
        }
    }

    /** A value of this type with no further structure (a string, an integer, ...). */
    public static JsonShape of(Type type, String format) {
        return new JsonShape(type, format, false, Map.of(), List.of(), false, type == Type.ARRAY ? any() : null, null);
    }

    public static JsonShape any() {
        return new JsonShape(Type.ANY, null, false, Map.of(), List.of(), false, null, null);
    }

    /** An object of these properties (in the order given), these required, others refused when closed. */
    public static JsonShape object(Map<String, JsonShape> properties, List<String> required, boolean closed) {
        return new JsonShape(Type.OBJECT, null, false, properties, required, closed, null, null);
    }

    /** An object of these properties whose other properties must each have the shape {@code additional}. */
    public static JsonShape map(Map<String, JsonShape> properties, List<String> required, JsonShape additional) {
        return new JsonShape(Type.OBJECT, null, false, properties, required, false, null,
                java.util.Objects.requireNonNull(additional, "additional"));
    }

    public static JsonShape array(JsonShape items) {
        return new JsonShape(Type.ARRAY, null, false, Map.of(), List.of(), false, items, null);
    }

    public JsonShape orNull() {
        return new JsonShape(type, format, true, properties, required, closed, items, additional);
    }
}
