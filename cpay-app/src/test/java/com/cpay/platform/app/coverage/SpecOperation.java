package com.cpay.platform.app.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of an OpenAPI document: its operationId, HTTP method and path template.
 *
 * @param method upper case
 */
public record SpecOperation(String operationId, String method, String path) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern KEY = Pattern.compile("^( *)(['\"]?)([^'\"#:][^'\"#]*?)\\2:\\s*(?:#.*)?$");
    private static final Pattern OPERATION_ID =
            Pattern.compile("^( *)operationId:\\s*['\"]?([A-Za-z0-9_.-]+)['\"]?\\s*$");

    public SpecOperation {
        method = method.toUpperCase(Locale.ROOT);
    }

    /** The path with every variable written {@code {}}: {@code /api/v1/orders/{}}. */
    String shape() {
        return shape(path);
    }

    static String shape(String template) {
        return template.replaceAll("\\{[^}]*}", "{}");
    }

    @Override
    public String toString() {
        return operationId + " (" + method + " " + path + ")";
    }

    /**
     * The operations under {@code paths:} of an OpenAPI 3 document written in block style, as the specs of this
     * repository are (a path per key, a method per key below it, {@code operationId} below that). Kept to what is
     * needed so that the test classpath needs no YAML library; it refuses what it does not understand (an operation
     * without operationId, a document without paths) rather than guessing.
     */
    public static List<SpecOperation> read(String yaml) {
        List<SpecOperation> operations = new ArrayList<>();
        String[] lines = yaml.split("\r?\n");
        int i = 0;
        while (i < lines.length && !lines[i].matches("^paths:\\s*(#.*)?$")) {
            i++;
        }
        if (i == lines.length) {
            throw new IllegalArgumentException("no top-level 'paths:' in the document");
        }
        int pathIndent = -1;
        int methodIndent = -1;
        int fieldIndent = -1;
        String path = null;
        String method = null;
        int methodLine = -1;
        for (i = i + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (indent == 0) {
                break;
            }
            Matcher key = KEY.matcher(line);
            if (pathIndent < 0 && key.matches()) {
                pathIndent = indent;
            }
            if (indent == pathIndent && key.matches()) {
                requireOperationId(method, path, methodLine);
                path = key.group(3);
                method = null;
                methodIndent = -1;
                continue;
            }
            if (path != null && indent > pathIndent && methodIndent < 0 && key.matches()) {
                methodIndent = indent;
            }
            if (indent == methodIndent && key.matches()) {
                requireOperationId(method, path, methodLine);
                method = METHODS.contains(key.group(3)) ? key.group(3) : null;
                methodLine = i + 1;
                fieldIndent = -1;
                continue;
            }
            if (method != null && fieldIndent < 0 && indent > methodIndent) {
                fieldIndent = indent;
            }
            Matcher id = OPERATION_ID.matcher(line);
            if (method != null && id.matches() && indent == fieldIndent) {
                operations.add(new SpecOperation(id.group(2), method, path));
                method = null;
            }
        }
        requireOperationId(method, path, methodLine);
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("no operation under 'paths:'");
        }
        return List.copyOf(operations);
    }

    private static void requireOperationId(String pendingMethod, String path, int line) {
        if (pendingMethod != null) {
            throw new IllegalArgumentException(pendingMethod + " " + path + " (line " + line + ") has no operationId");
        }
    }
}
