package com.cpay.platform.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What extInfo's JSON check refuses: every way a text can stop being one JSON object, and nesting past the limit. */
class JsonObjectTextTest {

    @Test
    void one_object_with_any_values_inside_is_accepted() {
        for (String json : List.of("{}", " {\"a\":1} ", "{\"a\":[1,{\"b\":null}],\"c\":true,\"d\":false}",
                "{\"s\":\"tab\\t quote\\\" unicode\\u00e9\"}", "{\"n\":-0.5e+3}")) {
            assertThat(JsonObjectText.isObject(json)).as(json).isTrue();
        }
    }

    @Test
    void a_text_that_breaks_off_or_bends_the_grammar_is_refused() {
        for (String broken : List.of("{\"a\":", "{\"a\":\"abc", "{\"a\":\"ab\\", "{\"a\":\"\\x\"}",
                "{\"a\":\"\\u12g4\"}", "{\"a\":\"line\nbreak\"}", "{\"a\":nul}", "{\"a\":tru}", "{\"a\":[1,]}",
                "{\"a\":[1", "{\"a\" 1}", "{a:1}", "{\"a\":1,}", "{\"a\":1} x", "[1]", "\"a\"", "")) {
            assertThat(JsonObjectText.isObject(broken)).as(broken).isFalse();
        }
        assertThat(JsonObjectText.isObject(null)).isFalse();
    }

    @Test
    void nesting_is_accepted_up_to_the_limit_and_refused_beyond_it() {
        assertThat(JsonObjectText.isObject(objects(JsonObjectText.MAX_DEPTH))).isTrue();
        assertThat(JsonObjectText.isObject(objects(JsonObjectText.MAX_DEPTH + 1))).isFalse();
        assertThat(JsonObjectText.isObject(inArrays(JsonObjectText.MAX_DEPTH - 1))).isTrue();
        assertThat(JsonObjectText.isObject(inArrays(JsonObjectText.MAX_DEPTH))).isFalse();
    }

    // {"a":{"a":...{}...}} with this many objects
    private static String objects(int depth) {
        return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    // one object holding arrays nested this deep
    private static String inArrays(int depth) {
        return "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }
}
