package com.cpay.platform.sandbox.signing;

import com.cpay.platform.sandbox.support.DocumentSigner;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The simulator's own section 16 against every vector of signature-vectors.json (cpay-spec, on the test
 * classpath), and the two readings of "empty" (docs/decisions.md, decision 21).
 */
class SectionSixteenTest {

    record Vector(String name, String secretKey, Map<String, String> params, String stringToSign, String sign) {
        @Override
        public String toString() {
            return name;
        }
    }

    @SuppressWarnings("unchecked")
    static List<Vector> vectors() throws IOException {
        try (InputStream in = Objects.requireNonNull(SectionSixteenTest.class.getResourceAsStream("/signature-vectors.json"),
                "signature-vectors.json of cpay-spec on the test classpath")) {
            Map<String, Object> root = JsonMapper.createDefault().readValue(in.readAllBytes(), Argument.mapOf(String.class, Object.class));
            return ((List<Map<String, Object>>) root.get("vectors")).stream()
                    .map(v -> new Vector((String) v.get("name"), (String) v.get("secretKey"),
                            (Map<String, String>) v.get("params"), (String) v.get("stringToSign"), (String) v.get("sign")))
                    .toList();
        }
    }

    @Test
    void the_vector_file_is_there_and_not_empty() throws IOException {
        assertThat(vectors()).extracting(Vector::name).contains("java-demo", "php-demo", "doc-example");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void every_vector_gives_its_string_to_sign_and_its_sign_under_both_readings(Vector vector) {
        SectionSixteen signature = new SectionSixteen(vector.secretKey());
        for (EmptyRule rule : EmptyRule.values()) {
            assertThat(signature.stringToSign(vector.params(), rule)).as(rule.key()).isEqualTo(vector.stringToSign());
            assertThat(signature.sign(vector.params(), rule)).as(rule.key()).isEqualTo(vector.sign());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void every_vector_verifies_and_any_change_to_it_does_not(Vector vector) {
        SectionSixteen signature = new SectionSixteen(vector.secretKey());
        Map<String, String> signed = new LinkedHashMap<>(vector.params());
        signed.put("sign", vector.sign());
        assertThat(signature.verify(signed, EmptyRule.DOCUMENT)).isEqualTo(SectionSixteen.Verdict.VALID);

        Map<String, String> extra = new LinkedHashMap<>(signed);
        extra.put("extInfo", "{}");
        assertThat(signature.verify(extra, EmptyRule.DOCUMENT)).as("an unknown parameter is signed too")
                .isEqualTo(SectionSixteen.Verdict.INVALID);

        Map<String, String> upper = new LinkedHashMap<>(signed);
        upper.put("sign", vector.sign().toUpperCase(java.util.Locale.ROOT));
        assertThat(signature.verify(upper, EmptyRule.DOCUMENT)).as("64 lowercase hex (docs/decisions.md, decision 17)").isEqualTo(SectionSixteen.Verdict.INVALID);

        assertThat(new SectionSixteen(vector.secretKey() + "x").verify(signed, EmptyRule.DOCUMENT))
                .isEqualTo(SectionSixteen.Verdict.INVALID);

        Map<String, String> unsigned = new LinkedHashMap<>(vector.params());
        assertThat(signature.verify(unsigned, EmptyRule.DOCUMENT)).isEqualTo(SectionSixteen.Verdict.MISSING);
    }

    @Test
    void the_document_reading_signs_0_and_the_php_reading_leaves_it_out() {
        SectionSixteen signature = new SectionSixteen("k");
        Map<String, String> quote = new LinkedHashMap<>();
        quote.put("purchaseType", "0");
        quote.put("amount", "100");
        quote.put("empty", "");
        quote.put("zeroPointZero", "0.0");
        quote.put("blank", " ");
        quote.put("sign", "ignored");

        assertThat(signature.stringToSign(quote, EmptyRule.DOCUMENT))
                .isEqualTo("amount=100&blank= &purchaseType=0&zeroPointZero=0.0&key=k");
        assertThat(signature.stringToSign(quote, EmptyRule.PHP))
                .as("PHP empty(): \"\" and \"0\", not \"0.0\" nor \" \"")
                .isEqualTo("amount=100&blank= &zeroPointZero=0.0&key=k");
        assertThat(signature.sign(quote, EmptyRule.DOCUMENT)).isEqualTo(DocumentSigner.sign(quote, "k"))
                .isNotEqualTo(signature.sign(quote, EmptyRule.PHP));
    }

    @Test
    void names_sort_in_java_string_order_and_values_are_raw() {
        SectionSixteen signature = new SectionSixteen("k");
        Map<String, String> parameters = Map.of("callbackURL", "https://m.example.com/cb?a=1&b=2", "callBackURL", "x",
                "Zeta", "z", "a b", "é");

        assertThat(signature.stringToSign(parameters, EmptyRule.DOCUMENT))
                .isEqualTo("Zeta=z&a b=é&callBackURL=x&callbackURL=https://m.example.com/cb?a=1&b=2&key=k");
    }

    @ParameterizedTest
    @EnumSource(EmptyRule.class)
    void the_rule_is_configured_by_its_lower_case_name(EmptyRule rule) {
        assertThat(EmptyRule.parse(rule.key())).isEqualTo(rule);
        assertThat(EmptyRule.parse(rule.name())).isEqualTo(rule);
    }

    @Test
    void an_unknown_rule_or_a_blank_key_is_refused_without_echoing_the_key() {
        assertThatThrownBy(() -> EmptyRule.parse("perl")).hasMessageContaining("document or php");
        assertThatThrownBy(() -> new SectionSixteen(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SectionSixteen("very-secret")).hasToString("SectionSixteen[key redacted]");
    }
}
