package com.cpay.platform.app.support;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading problem+json answers in tests, with what every problem must hold and never hold. */
public final class ProblemAnswers {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private ProblemAnswers() {
    }

    /**
     * The answer, checked to be a problem of this status (type, title, no stack trace, nothing about the framework),
     * read into its members.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("micronaut");
        try {
            Map<String, Object> problem = JSON.readValue(response.body(), Map.class);
            assertThat(problem).containsEntry("status", status).containsKeys("type", "title");
            return problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each of the problem's violations as its field and rule; there is at least one. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> violations(Map<String, Object> problem) {
        List<Map<String, Object>> all = (List<Map<String, Object>>) problem.get("violations");
        assertThat(all).as(problem.toString()).isNotNull().isNotEmpty();
        return all.stream().map(v -> Map.of("field", v.get("field"), "rule", v.get("rule"))).toList();
    }
}
