package com.cpay.platform.adapter.http.signing;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.maps;
import static org.quicktheories.generators.SourceDSL.strings;

/** Properties of the two readings of "empty" (docs/decisions.md, decision 21), over generated parameter sets (QuickTheories). */
class EmptyRulePropertiesTest {

    private static final SecretKey KEY = SecretKey.of("z6h3cuw9grtbun9sgg5u1j35u72hycq0");
    private static final SecretKey PREVIOUS = SecretKey.of("previous-key");
    private static final CpaySigner SIGNER = new CpaySigner(KEY);
    private static final SignatureVerifier VERIFIER = new SignatureVerifier(List.of(KEY, PREVIOUS)).acceptingEitherReading();

    @Test
    void without_a_zero_value_both_readings_give_the_same_signature_and_document_is_reported() {
        qt().forAll(parametersWithoutZero()).checkAssert(params -> {
            assertThat(EmptyRule.readingsDiffer(params)).isFalse();
            String document = SIGNER.sign(params, EmptyRule.DOCUMENT);
            assertThat(SIGNER.sign(params, EmptyRule.PHP)).isEqualTo(document);
            Map<String, String> signed = new HashMap<>(params);
            signed.put("sign", document);
            assertThat(VERIFIER.verify(signed).matchedRule()).isEqualTo(EmptyRule.DOCUMENT);
        });
    }

    @Test
    void with_a_zero_value_a_signature_under_either_reading_and_either_key_verifies_and_names_its_reading() {
        qt().forAll(parametersWithZero(), Generate.enumValues(EmptyRule.class), Generate.booleans())
                .checkAssert((params, rule, previousKey) -> {
                    assertThat(EmptyRule.readingsDiffer(params)).isTrue();
                    assertThat(SIGNER.sign(params, EmptyRule.PHP)).isNotEqualTo(SIGNER.sign(params, EmptyRule.DOCUMENT));
                    Map<String, String> signed = new HashMap<>(params);
                    signed.put("sign", new CpaySigner(previousKey ? PREVIOUS : KEY).sign(params, rule));
                    assertThat(VERIFIER.verify(signed)).isEqualTo(new SignatureVerifier.Verification(true, "ok", rule));
                });
    }

    @Test
    void a_signature_under_either_reading_with_an_unknown_key_is_refused() {
        qt().forAll(parametersWithZero(), Generate.enumValues(EmptyRule.class)).checkAssert((params, rule) -> {
            Map<String, String> signed = new HashMap<>(params);
            signed.put("sign", new CpaySigner(SecretKey.of("another-key")).sign(params, rule));
            assertThat(VERIFIER.verify(signed).valid()).isFalse();
        });
    }

    @Test
    void under_php_a_zero_value_never_changes_the_signature_and_under_document_it_always_does() {
        qt().forAll(parametersWithoutZero(), names()).checkAssert((params, name) -> {
            Map<String, String> withZero = new HashMap<>(params);
            withZero.put(name, "0");
            Map<String, String> without = new HashMap<>(params);
            without.remove(name);
            assertThat(SIGNER.sign(withZero, EmptyRule.PHP)).isEqualTo(SIGNER.sign(without, EmptyRule.PHP));
            assertThat(SIGNER.sign(withZero, EmptyRule.DOCUMENT)).isNotEqualTo(SIGNER.sign(without, EmptyRule.DOCUMENT));
        });
    }

    private static Gen<String> names() {
        return strings().betweenCodePoints('A', 'z').ofLengthBetween(1, 16).assuming(name -> !name.equals("sign"));
    }

    /** Any text but exactly "0": empty strings, look-alikes of zero, separators, non-ASCII. */
    private static Gen<String> valuesWithoutZero() {
        return Generate.oneOf(strings().allPossible().ofLengthBetween(0, 40),
                        Generate.pick(List.of("", "00", "0.0", " 0", "0 ", "&", "=", "a b", "%20", "+", "ação", "1.00000000")))
                .assuming(value -> !value.equals("0"));
    }

    private static Gen<Map<String, String>> parametersWithoutZero() {
        return maps().of(names(), valuesWithoutZero()).ofSizeBetween(1, 12);
    }

    private static Gen<Map<String, String>> parametersWithZero() {
        return parametersWithoutZero().zip(names(), (params, zeroName) -> {
            Map<String, String> withZero = new HashMap<>(params);
            withZero.put(zeroName, "0");
            return withZero;
        });
    }
}
