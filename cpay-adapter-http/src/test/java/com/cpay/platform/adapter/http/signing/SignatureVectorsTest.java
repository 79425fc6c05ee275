package com.cpay.platform.adapter.http.signing;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every vector computed from the document's own demos (section 16) is reproduced exactly. */
class SignatureVectorsTest {

    @TestFactory
    Stream<DynamicTest> every_document_vector_is_reproduced() throws IOException {
        return vectors().stream().map(vector -> DynamicTest.dynamicTest(
                (String) vector.get("name"), () -> {
                    SecretKey key = SecretKey.of((String) vector.get("secretKey"));
                    Map<String, String> params = params(vector);
                    assertThat(SignatureRule.stringToSign(params, key)).isEqualTo(vector.get("stringToSign"));
                    assertThat(new CpaySigner(key).sign(params)).isEqualTo(vector.get("sign"));
                }));
    }

    @TestFactory
    Stream<DynamicTest> every_document_vector_verifies_and_a_flipped_character_does_not() throws IOException {
        return vectors().stream().map(vector -> DynamicTest.dynamicTest(
                (String) vector.get("name"), () -> {
                    SignatureVerifier verifier = new SignatureVerifier(List.of(SecretKey.of((String) vector.get("secretKey"))));
                    Map<String, String> params = params(vector);
                    String sign = (String) vector.get("sign");
                    params.put("sign", sign);
                    assertThat(verifier.verify(params).valid()).isTrue();
                    params.put("sign", (sign.charAt(0) == 'a' ? "b" : "a") + sign.substring(1));
                    assertThat(verifier.verify(params)).isEqualTo(new SignatureVerifier.Verification(false, "signature-mismatch"));
                }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> params(Map<String, Object> vector) {
        return new LinkedHashMap<>((Map<String, String>) vector.get("params"));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> vectors() throws IOException {
        try (InputStream in = SignatureVectorsTest.class.getResourceAsStream("/signature-vectors.json")) {
            assertThat(in).as("signature-vectors.json from cpay-spec on the test classpath").isNotNull();
            Map<String, Object> file = ObjectMapper.getDefault().readValue(in.readAllBytes(),
                    Argument.mapOf(String.class, Object.class));
            List<Map<String, Object>> vectors = (List<Map<String, Object>>) file.get("vectors");
            assertThat(vectors).hasSizeGreaterThanOrEqualTo(3);
            return vectors;
        }
    }
}
