package com.cpay.platform.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an example value against an OpenAPI 3.0 schema of the parsed model: $ref, allOf, oneOf, type,
 * enum, pattern, length, maxItems, required, items and properties. Stricter than JSON Schema on one
 * point: a property that no schema declares is an error unless additionalProperties is set, so an
 * example field the spec forgot is caught.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class ExampleValidator {

    private final OpenAPI api;

    ExampleValidator(OpenAPI api) {
        this.api = api;
    }

    List<String> validate(Schema schema, JsonNode value) {
        List<String> errors = new ArrayList<>();
        validate(schema, value, "$", true, errors);
        return errors;
    }

    private void validate(Schema schema, JsonNode value, String path, boolean checkUnknown, List<String> errors) {
        Schema s = Specs.resolve(api, schema);
        if (s == null) {
            errors.add(path + ": unresolvable schema " + schema.get$ref());
            return;
        }
        if (s.getAllOf() != null) {
            for (Object part : s.getAllOf()) {
                validate((Schema) part, value, path, false, errors);
            }
        }
        if (s.getOneOf() != null) {
            int matches = 0;
            for (Object part : s.getOneOf()) {
                List<String> partErrors = new ArrayList<>();
                validate((Schema) part, value, path, true, partErrors);
                if (partErrors.isEmpty()) {
                    matches++;
                }
            }
            if (matches != 1) {
                errors.add(path + ": matches " + matches + " oneOf branches instead of exactly one");
            }
        }
        if (s.getType() != null && !JsonTypes.hasType(s.getType(), value)) {
            errors.add(path + ": " + value + " is not of type " + s.getType());
            return;
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            boolean listed = s.getEnum().stream().anyMatch(allowed -> String.valueOf(allowed).equals(value.asText()));
            if (!listed || !value.isValueNode()) {
                errors.add(path + ": " + value + " is not one of " + s.getEnum());
            }
        }
        if (value.isTextual()) {
            String text = value.asText();
            if (s.getPattern() != null && !Pattern.compile(s.getPattern()).matcher(text).find()) {
                errors.add(path + ": '" + text + "' does not match " + s.getPattern());
            }
            if (s.getMaxLength() != null && text.length() > s.getMaxLength()) {
                errors.add(path + ": longer than " + s.getMaxLength());
            }
            if (s.getMinLength() != null && text.length() < s.getMinLength()) {
                errors.add(path + ": shorter than " + s.getMinLength());
            }
        }
        if (value.isArray()) {
            if (s.getMaxItems() != null && value.size() > s.getMaxItems()) {
                errors.add(path + ": more than " + s.getMaxItems() + " items");
            }
            if (s.getItems() != null) {
                for (int i = 0; i < value.size(); i++) {
                    validate(s.getItems(), value.get(i), path + "[" + i + "]", true, errors);
                }
            }
        }
        if (value.isObject()) {
            validateObject(s, value, path, checkUnknown, errors);
        }
    }

    private void validateObject(Schema s, JsonNode value, String path, boolean checkUnknown, List<String> errors) {
        if (s.getRequired() != null) {
            for (Object name : s.getRequired()) {
                if (!value.has((String) name)) {
                    errors.add(path + ": required property " + name + " is missing");
                }
            }
        }
        Map<String, Schema> properties = s.getProperties();
        if (properties != null) {
            properties.forEach((name, propertySchema) -> {
                if (value.has(name)) {
                    validate(propertySchema, value.get(name), path + "." + name, true, errors);
                }
            });
        }
        if (checkUnknown && !allowsAdditional(s)) {
            Set<String> declared = declaredProperties(s);
            Iterator<String> names = value.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!declared.contains(name)) {
                    errors.add(path + ": property " + name + " is not declared by the schema");
                }
            }
        }
    }

    private boolean allowsAdditional(Schema s) {
        Object additional = s.getAdditionalProperties();
        return Boolean.TRUE.equals(additional) || additional instanceof Schema;
    }

    private Set<String> declaredProperties(Schema schema) {
        Set<String> names = new HashSet<>();
        Schema s = Specs.resolve(api, schema);
        if (s == null) {
            return names;
        }
        if (s.getProperties() != null) {
            names.addAll(s.getProperties().keySet());
        }
        if (s.getAllOf() != null) {
            for (Object part : s.getAllOf()) {
                names.addAll(declaredProperties((Schema) part));
            }
        }
        return names;
    }
}
