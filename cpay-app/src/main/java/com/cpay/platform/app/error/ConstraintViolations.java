package com.cpay.platform.app.error;

import com.cpay.platform.domain.shared.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Bean Validation violations of the generated interfaces (the API description's constraints) into
 * violations named as the caller wrote them: {@code amount}, {@code card.cvv}, {@code users[3].birthday},
 * {@code Idempotency-Key}, a map's value {@code metadata.cartId}. The rejected value is never used.
 */
final class ConstraintViolations {

    private static final Map<String, String> PARAMETER_NAMES = Map.of("idempotencyKey", "Idempotency-Key");

    private ConstraintViolations() {
    }

    static List<Violation> read(Set<ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolations::read)
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::rule))
                .distinct().toList();
    }

    private static Violation read(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object value = violation.getInvalidValue();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> new Violation(field, "required", field + " is required");
            case "Pattern" -> new Violation(field, "pattern", field + " does not have the form the API describes");
            case "Email" -> new Violation(field, "email", field + " must be an e-mail address");
            case "Min", "DecimalMin" -> new Violation(field, "minimum",
                    field + " must be at least " + attributes.get("value"));
            case "Max", "DecimalMax" -> new Violation(field, "maximum",
                    field + " must be at most " + attributes.get("value"));
            case "Size" -> size(field, value, attributes);
            default -> new Violation(field, kebab(annotation), field + " breaks the rule " + kebab(annotation));
        };
    }

    private static Violation size(String field, Object value, Map<String, Object> attributes) {
        int min = ((Number) attributes.getOrDefault("min", 0)).intValue();
        int max = ((Number) attributes.getOrDefault("max", Integer.MAX_VALUE)).intValue();
        if (value instanceof Map<?, ?> map) {
            return map.size() < min
                    ? new Violation(field, "min-properties", field + " needs at least " + min + " keys")
                    : new Violation(field, "max-properties", field + " must have at most " + max + " keys");
        }
        boolean items = value instanceof Collection<?>;
        int size = value instanceof CharSequence text ? text.length()
                : value instanceof Collection<?> collection ? collection.size() : 0;
        if (size < min) {
            return items ? new Violation(field, "min-items", field + " needs at least " + min + " items")
                    : new Violation(field, "min-length", field + " must be at least " + min + " characters");
        }
        return items ? new Violation(field, "max-items", field + " holds at most " + max + " items")
                : new Violation(field, "max-length", field + " must be at most " + max + " characters");
    }

    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        boolean hasProperties = false;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER || kind == ElementKind.CROSS_PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                // a map's value is named as the caller wrote it in JSON: metadata.cartId
                field.append('.').append(node.getKey());
            }
            if (kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null || node.getName().startsWith("<")) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            hasProperties = true;
        }
        if (!hasProperties) {
            String name = parameter == null ? "body" : PARAMETER_NAMES.getOrDefault(parameter, parameter);
            return field.isEmpty() ? name : name + field;
        }
        return field.toString();
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
