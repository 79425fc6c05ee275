package com.cpay.platform.domain.shared;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtInfoTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"cartId\":\"c-77\"}",
        " { \"a\" : 1 } ",
        "{\"reason\":\"Transaction cannot be completed\",\"sceneTag\":\"EcAcquiring\"}",
        "{\"n\":-0.5e+10,\"m\":0,\"k\":12.25E-3,\"t\":true,\"f\":false,\"z\":null}",
        "{\"list\":[],\"nested\":{\"deep\":[1,[2,{}],\"x\"]},\"empty\":{}}",
        "{\"esc\":\"quote \\\" slash \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9\\uD83D\\uDE00\"}",
        "{\"text\":\"a&b=c\",\"unicode\":\"中文 é\"}",
        "{\"a\":1,\"a\":2}",
        "{ \"a\" : [ 1 , 2 ] , \"b\" : { } , \"c\" : [ ] , \"d\" : 9 , \"e\" : 19.09 }",
        "{\"n\":[0,9,90,-9.9e9,1E+1,0.0]}"
    })
    void a_json_object_is_accepted_as_it_is(String text) {
        assertThat(ExtInfo.require(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[]", "[{\"a\":1}]", "\"{}\"", "1", "true", "null", " ",
        "{", "}", "{\"a\":1", "{\"a\":1}}", "{\"a\":1}{}", "{} x", "{\"a\":1,}", "{,}", "{\"a\"}", "{\"a\":}",
        "{a:1}", "{'a':1}", "{\"a\":'b'}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":-}",
        "{\"a\":1e}", "{\"a\":1e+}", "{\"a\":0x1}", "{\"a\":NaN}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":[1,]}",
        "{\"a\":[1 2]}", "{\"a\":[}", "{\"a\":\"b}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"\\u12\"}",
        "{\"a\":\"\\", "{1:2}", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{\"a\"", "{\"a\":", "{\"a\":[1}",
        "{\"a\":\"\\u12", "{\"a\":1"
    })
    void anything_but_one_json_object_is_refused(String text) {
        assertRefused(() -> ExtInfo.require(text), "extInfo", "json-object");
    }

    @Test
    void at_most_256_characters_are_accepted() {
        String longest = "{\"k\":\"" + "x".repeat(256 - 8) + "\"}";
        assertThat(longest).hasSize(ExtInfo.MAX_LENGTH).hasSize(256);

        assertThat(ExtInfo.require(longest)).isEqualTo(longest);
        assertRefused(() -> ExtInfo.require("{\"k\":\"" + "x".repeat(256 - 7) + "\"}"), "extInfo", "max-length");
    }

    @Test
    void length_is_checked_before_shape() {
        assertRefused(() -> ExtInfo.require("[" + "1,".repeat(200) + "1]"), "extInfo", "max-length");
    }

    @Test
    void control_characters_are_refused_even_where_json_allows_whitespace() {
        assertRefused(() -> ExtInfo.require("{\n\"a\":1\n}"), "extInfo", "control-character");
        assertRefused(() -> ExtInfo.require("{\"a\":\t1}"), "extInfo", "control-character");
        assertRefused(() -> ExtInfo.require("{\"a\":\"b\u0000\"}"), "extInfo", "control-character");
        assertRefused(() -> ExtInfo.require("{\"a\":\"\u0085\"}"), "extInfo", "control-character");
    }

    @Test
    void a_missing_text_is_refused_by_require() {
        assertRefused(() -> ExtInfo.require(null), "extInfo", "required");
    }

    @Test
    void messages_never_repeat_the_value() {
        String secretish = "{\"token\":\"s3cr3t-value\"";
        var shape = assertRefused(() -> ExtInfo.require(secretish), "extInfo", "json-object");
        var length = assertRefused(() -> ExtInfo.require("{\"token\":\"s3cr3t-value" + "y".repeat(300) + "\"}"),
                "extInfo", "max-length");

        assertThat(shape.getMessage()).doesNotContain("s3cr3t").contains("JSON object");
        assertThat(length.getMessage()).doesNotContain("s3cr3t").contains("256");
    }

    @Test
    void null_and_the_empty_text_are_no_ext_info_and_other_text_is_kept_unchecked() {
        assertThat(ExtInfo.orEmpty(null)).isEmpty();
        assertThat(ExtInfo.orEmpty(Optional.empty())).isEmpty();
        assertThat(ExtInfo.orEmpty(Optional.of(""))).isEmpty();
        assertThat(ExtInfo.orEmpty(Optional.of(" "))).contains(" ");
        assertThat(ExtInfo.orEmpty(Optional.of("[]"))).contains("[]");
    }

    @Test
    void check_collects_the_broken_rule_instead_of_throwing() {
        Violations violations = new Violations();

        assertThat(ExtInfo.check(violations, Optional.of("{\"a\":1}"))).contains("{\"a\":1}");
        assertThat(ExtInfo.check(violations, Optional.of(""))).isEmpty();
        assertThat(ExtInfo.check(violations, null)).isEmpty();
        assertThat(violations.isEmpty()).isTrue();

        assertThat(ExtInfo.check(violations, Optional.of("[1]"))).isEmpty();
        assertThat(ExtInfo.check(violations, Optional.of(" "))).isEmpty();
        assertThat(violations.list()).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.api.Assertions.tuple("extInfo", "json-object"),
                        org.assertj.core.api.Assertions.tuple("extInfo", "json-object"));
    }

    @Test
    void the_recogniser_refuses_null_and_nesting_deeper_than_its_limit() {
        assertThat(JsonObjectText.isObject(null)).isFalse();
        int depth = JsonObjectText.MAX_DEPTH;
        assertThat(JsonObjectText.isObject("{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1))).isTrue();
        assertThat(JsonObjectText.isObject("{\"a\":".repeat(depth) + "{}" + "}".repeat(depth))).isFalse();
        assertThat(JsonObjectText.isObject("{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}")).isTrue();
        assertThat(JsonObjectText.isObject("{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}")).isFalse();
    }

    @Test
    void the_recogniser_takes_json_whitespace_between_tokens_but_no_control_character_inside_a_string() {
        assertThat(JsonObjectText.isObject("\r\n{\t\"a\"\n:\r[\n1\t,\r2\n]\t}\n")).isTrue();
        assertThat(JsonObjectText.isObject("{\"a\":\"b\nc\"}")).isFalse();
        assertThat(JsonObjectText.isObject("{\"a\":\"b\u001fc\"}")).isFalse();
        assertThat(JsonObjectText.isObject("{\"a\":\"b\u0020c\"}")).isTrue();
    }
}
