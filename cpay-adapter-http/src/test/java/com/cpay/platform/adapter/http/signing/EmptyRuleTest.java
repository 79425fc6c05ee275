package com.cpay.platform.adapter.http.signing;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two readings of "empty" (docs/decisions.md, decision 21): DOCUMENT signs "0", PHP (PHP empty()) leaves it out. The
 * document's vectors (cpay-spec's signature-vectors.json) hold no "0", so both readings must reproduce them; the
 * vectors with a "0" below were computed independently (openssl dgst -sha256 -hmac) from the strings shown.
 */
class EmptyRuleTest {

    private static final String PHP_DEMO_KEY = "z6h3cuw9grtbun9sgg5u1j35u72hycq0";
    private static final String DOC_KEY = "aaaaaaaaaaxxxxxx";

    @TestFactory
    Stream<DynamicTest> every_document_vector_is_reproduced_under_each_reading() throws IOException {
        return SignatureVectorsTest.vectors().stream().flatMap(vector -> Stream.of(EmptyRule.values())
                .map(rule -> DynamicTest.dynamicTest(vector.get("name") + " " + rule, () -> {
                    SecretKey key = SecretKey.of((String) vector.get("secretKey"));
                    @SuppressWarnings("unchecked")
                    Map<String, String> params = new LinkedHashMap<>((Map<String, String>) vector.get("params"));
                    assertThat(EmptyRule.readingsDiffer(params)).isFalse();
                    assertThat(SignatureRule.stringToSign(params, key, rule)).isEqualTo(vector.get("stringToSign"));
                    assertThat(new CpaySigner(key).sign(params, rule)).isEqualTo(vector.get("sign"));

                    params.put("sign", (String) vector.get("sign"));
                    SignatureVerifier.Verification onlyThisReading =
                            new SignatureVerifier(List.of(key), EnumSet.of(rule)).verify(params);
                    assertThat(onlyThisReading).isEqualTo(new SignatureVerifier.Verification(true, "ok", rule));
                    assertThat(new SignatureVerifier(List.of(key)).acceptingEitherReading().verify(params).matchedRule())
                            .as("both readings match: DOCUMENT is reported").isEqualTo(EmptyRule.DOCUMENT);
                })));
    }

    @Test
    void the_php_demo_with_purchaseType_0_signs_it_under_document_and_leaves_it_out_under_php() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("amount", "100");
        params.put("merchantTradeNo", "test0001");
        params.put("merchantId", "20000387");
        params.put("createTime", "1658387195");
        params.put("fiatCurrency", "USD");
        params.put("userId", "83453");
        params.put("cryptoCurrency", "USDT");
        params.put("purchaseType", "0");
        SecretKey key = SecretKey.of(PHP_DEMO_KEY);
        CpaySigner signer = new CpaySigner(key);

        assertThat(SignatureRule.stringToSign(params, key, EmptyRule.DOCUMENT)).isEqualTo(
                "amount=100&createTime=1658387195&cryptoCurrency=USDT&fiatCurrency=USD&merchantId=20000387"
                        + "&merchantTradeNo=test0001&purchaseType=0&userId=83453&key=" + PHP_DEMO_KEY);
        assertThat(signer.sign(params, EmptyRule.DOCUMENT))
                .isEqualTo("0ab58312e68b28e55e4c38b3025b07900e9efe8d4fcc442e9d8d58d2bbbfeb1b")
                .isEqualTo(signer.sign(params));
        assertThat(SignatureRule.stringToSign(params, key, EmptyRule.PHP)).isEqualTo(
                "amount=100&createTime=1658387195&cryptoCurrency=USDT&fiatCurrency=USD&merchantId=20000387"
                        + "&merchantTradeNo=test0001&userId=83453&key=" + PHP_DEMO_KEY);
        assertThat(signer.sign(params, EmptyRule.PHP))
                .isEqualTo("db198d42445df1fbac886ed47730fcc2d2fce49cc81ee4483cd25b15bf7b05ad");
        assertThat(EmptyRule.readingsDiffer(params)).isTrue();
    }

    @Test
    void the_document_example_with_a_zero_added_gives_the_document_sign_under_php_only() {
        Map<String, String> params = Map.of("xx", "1001", "yy", "", "aa", "hello", "zz", "0");
        CpaySigner signer = new CpaySigner(SecretKey.of(DOC_KEY));

        assertThat(signer.sign(params, EmptyRule.PHP))
                .isEqualTo("5becd8872fa828ac2ff5cc0520e08256db61572a21fa60c31ed663f75330592f");
        assertThat(signer.sign(params, EmptyRule.DOCUMENT))
                .isEqualTo("3a86b67d5e8ffd7b11fef6b5b10d8ef7e37d27703853756d8d018e8d0f105d3c");
    }

    @Test
    void each_reading_is_reported_when_only_it_matches_and_a_forgery_under_neither_is_refused() {
        Map<String, String> params = new LinkedHashMap<>(Map.of("xx", "1001", "aa", "hello", "zz", "0"));
        SecretKey key = SecretKey.of(DOC_KEY);
        SignatureVerifier both = new SignatureVerifier(List.of(SecretKey.of("current"), key)).acceptingEitherReading();
        for (EmptyRule rule : EmptyRule.values()) {
            params.put("sign", new CpaySigner(key).sign(params, rule));
            assertThat(both.verify(params)).isEqualTo(new SignatureVerifier.Verification(true, "ok", rule));
            assertThat(new SignatureVerifier(List.of(key), Set.of(rule.other())).verify(params).valid())
                    .as("a verifier of the other reading only").isFalse();
        }
        params.put("sign", new CpaySigner(SecretKey.of("forger")).sign(params, EmptyRule.PHP));
        assertThat(both.verify(params)).isEqualTo(new SignatureVerifier.Verification(false, "signature-mismatch"));
        assertThat(both.verify(params).matchedRule()).isNull();
    }

    @Test
    void only_the_exact_text_0_is_empty_for_php() {
        for (String value : new String[] {null, "", "0"}) {
            assertThat(EmptyRule.PHP.isEmpty(value)).as(String.valueOf(value)).isTrue();
        }
        for (String value : new String[] {"00", "0.0", " 0", "0 ", "false", " ", "O"}) {
            assertThat(EmptyRule.PHP.isEmpty(value)).as(value).isFalse();
            assertThat(EmptyRule.DOCUMENT.isEmpty(value)).as(value).isFalse();
        }
        assertThat(EmptyRule.DOCUMENT.isEmpty("0")).isFalse();
        assertThat(EmptyRule.DOCUMENT.isEmpty(null)).isTrue();
        assertThat(EmptyRule.DOCUMENT.isEmpty("")).isTrue();
        assertThat(EmptyRule.readingsDiffer(Map.of("sign", "0", "a", "00"))).as("sign is never signed").isFalse();
        assertThat(EmptyRule.DOCUMENT.other()).isEqualTo(EmptyRule.PHP);
        assertThat(EmptyRule.PHP.other()).isEqualTo(EmptyRule.DOCUMENT);
        assertThat(EmptyRule.PHP.code()).isEqualTo("php");
    }

    @Test
    void a_verifier_of_keys_alone_accepts_the_document_reading_only_as_the_simulator_enforces_it() {
        SecretKey key = SecretKey.of(DOC_KEY);
        Map<String, String> params = new LinkedHashMap<>(Map.of("xx", "1001", "zz", "0"));
        params.put("sign", new CpaySigner(key).sign(params, EmptyRule.PHP));
        SignatureVerifier documentOnly = new SignatureVerifier(List.of(key));

        assertThat(documentOnly.readings()).containsExactly(EmptyRule.DOCUMENT);
        assertThat(documentOnly.verify(params).valid()).isFalse();
        SignatureVerifier either = documentOnly.acceptingEitherReading();
        assertThat(either.readings()).containsExactly(EmptyRule.DOCUMENT, EmptyRule.PHP);
        assertThat(either.verify(params).matchedRule()).isEqualTo(EmptyRule.PHP);
        assertThat(either.acceptingEitherReading()).isSameAs(either);
    }

    @Test
    void a_verifier_needs_at_least_one_reading() {
        assertThatThrownBy(() -> new SignatureVerifier(List.of(SecretKey.of("k")), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
