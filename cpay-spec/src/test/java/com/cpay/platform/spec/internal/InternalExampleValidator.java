package com.cpay.platform.spec.internal;

import com.cpay.platform.spec.JsonTypes;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks an example against an OpenAPI 3.0 schema of internal-api.yaml: $ref, type, enum, pattern, lengths,
 * item counts, minimum/maximum, the formats date, date-time and uri, required and properties. Stricter than
 * JSON Schema on purpose: a property no schema declares is an error (the API has no additionalProperties),
 * and in a response a {@code writeOnly} property is an error (card data must never come back).
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class InternalExampleValidator {

    /** Whether the example is sent to the API or answered by it. */
    enum Direction { REQUEST, RESPONSE }

    private final Direction direction;

    InternalExampleValidator(Direction direction) {
        this.direction = direction;
    }

    List<String> validate(Schema schema, JsonNode value) {
        List<String> errors = new ArrayList<>();
        validate(schema, value, "$", errors);
        return errors;
    }

    private void validate(Schema schema, JsonNode value, String path, List<String> errors) {
        Schema s = InternalSpec.resolve(schema);
        if (s == null) {
            errors.add(path + ": unresolvable schema " + schema.get$ref());
            return;
        }
        if (direction == Direction.RESPONSE && Boolean.TRUE.equals(s.getWriteOnly())) {
            errors.add(path + ": writeOnly value in a response");
        }
        if (s.getType() != null && !JsonTypes.hasType(s.getType(), value)) {
            errors.add(path + ": " + value + " is not of type " + s.getType());
            return;
        }
        if (s.getEnum() != null && s.getEnum().stream().noneMatch(e -> String.valueOf(e).equals(value.asText()))) {
            errors.add(path + ": " + value + " is not one of " + s.getEnum());
        }
        if (value.isTextual()) {
            validateText(s, value.asText(), path, errors);
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            if (s.getMinimum() != null && number.compareTo(s.getMinimum()) < 0
                    || s.getMaximum() != null && number.compareTo(s.getMaximum()) > 0) {
                errors.add(path + ": " + value + " is out of range");
            }
        }
        if (value.isArray()) {
            if (s.getMaxItems() != null && value.size() > s.getMaxItems()
                    || s.getMinItems() != null && value.size() < s.getMinItems()) {
                errors.add(path + ": " + value.size() + " items is out of range");
            }
            for (int i = 0; i < value.size(); i++) {
                validate(s.getItems(), value.get(i), path + "[" + i + "]", errors);
            }
        }
        if (value.isObject()) {
            validateObject(s, value, path, errors);
        }
    }

    private static void validateText(Schema s, String text, String path, List<String> errors) {
        if (s.getPattern() != null && !Pattern.compile(s.getPattern()).matcher(text).find()) {
            errors.add(path + ": '" + text + "' does not match " + s.getPattern());
        }
        if (s.getMaxLength() != null && text.length() > s.getMaxLength()
                || s.getMinLength() != null && text.length() < s.getMinLength()) {
            errors.add(path + ": length " + text.length() + " is out of range");
        }
        if (s.getFormat() != null && !hasFormat(s.getFormat(), text)) {
            errors.add(path + ": '" + text + "' is not a " + s.getFormat());
        }
    }

    private void validateObject(Schema s, JsonNode value, String path, List<String> errors) {
        if (s.getRequired() != null) {
            for (Object name : s.getRequired()) {
                if (!value.has((String) name)) {
                    errors.add(path + ": required property " + name + " is missing");
                }
            }
        }
        Map<String, Schema> properties = s.getProperties() == null ? Map.of() : s.getProperties();
        properties.forEach((name, property) -> {
            if (value.has(name)) {
                validate(property, value.get(name), path + "." + name, errors);
            }
        });
        // a map (metadata): its other properties must each match the schema of additionalProperties
        Schema additional = s.getAdditionalProperties() instanceof Schema<?> schema ? schema : null;
        if (s.getMaxProperties() != null && value.size() > s.getMaxProperties()) {
            errors.add(path + ": more than " + s.getMaxProperties() + " properties");
        }
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (properties.containsKey(name)) {
                continue;
            }
            if (additional != null) {
                validate(additional, value.get(name), path + "." + name, errors);
            } else {
                errors.add(path + ": property " + name + " is not declared by the schema");
            }
        }
    }

    private static boolean hasFormat(String format, String text) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                case "uri" -> {
                    if (!URI.create(text).isAbsolute()) {
                        return false;
                    }
                }
                case "uri-reference" -> URI.create(text);
                case "email" -> {
                    return text.matches("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
                }
                default -> {
                    return true;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
