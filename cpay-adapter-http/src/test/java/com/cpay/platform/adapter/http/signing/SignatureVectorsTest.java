package com.cpay.platform.adapter.http.signing;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void one_signer_shared_by_threads_signing_at_once_reproduces_every_vector() throws Exception {
        // the signer keeps a keyed Mac per thread: interleaved calls must never mix their bytes
        List<Map<String, Object>> vectors = vectors();
        Map<Object, CpaySigner> shared = new HashMap<>();
        vectors.forEach(v -> shared.computeIfAbsent(v.get("secretKey"), k -> new CpaySigner(SecretKey.of((String) k))));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        for (Map<String, Object> vector : vectors) {
                            if (!shared.get(vector.get("secretKey")).sign(params(vector)).equals(vector.get("sign"))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
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
