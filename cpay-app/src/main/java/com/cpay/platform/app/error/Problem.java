package com.cpay.platform.app.error;

import com.cpay.platform.domain.shared.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One RFC 9457 problem, built field by field and written as {@code application/problem+json}. Holds only what the
 * caller may see: never a rejected value, card data, a key or a stack trace.
 */
public final class Problem {

    private final ProblemType type;
    private final int status;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Problem(ProblemType type, int status) {
        this.type = type;
        this.status = status;
        fields.put("type", type.uri());
        fields.put("title", type.title());
        fields.put("status", status);
    }

    public static Problem of(ProblemType type) {
        return new Problem(type, type.status());
    }

    /** A problem of a status that has no type of its own (e.g. an unusual Micronaut error). */
    public static Problem ofStatus(int status) {
        ProblemType type = ProblemType.forStatus(status);
        return new Problem(type, status);
    }

    public Problem detail(String detail) {
        return put("detail", detail);
    }

    public Problem instance(String path) {
        return put("instance", path);
    }

    public Problem violations(List<Violation> violations) {
        List<Map<String, String>> list = new ArrayList<>();
        for (Violation v : violations) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("field", v.field());
            item.put("rule", v.rule());
            item.put("message", v.message());
            list.add(item);
        }
        return put("violations", list);
    }

    public Problem put(String name, Object value) {
        if (value != null) {
            fields.put(Objects.requireNonNull(name), value);
        }
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }

    /** The members in order, for the JSON writer. */
    public Map<String, Object> fields() {
        return fields;
    }

    /** "1 field does not match the API description." / "3 fields do not match the API description." */
    public static String countFields(int count) {
        return count == 1 ? "1 field does not match the API description."
                : count + " fields do not match the API description.";
    }

    /** "1 rule is broken." / "3 rules are broken." */
    public static String countRules(int count) {
        return count == 1 ? "1 rule is broken." : count + " rules are broken.";
    }
}
