package com.cpay.platform.adapter.http.signing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keys and signatures never show up in text that could reach a log. */
class SecretHygieneTest {

    @Test
    void a_secret_key_prints_as_redacted() {
        assertThat(SecretKey.of("s3cr3t-value").toString()).doesNotContain("s3cr3t").contains("redacted");
    }

    @Test
    void a_blank_key_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> SecretKey.of("   ")).hasMessageNotContaining("   x");
        assertThatThrownBy(() -> SecretKey.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rejected_signature_reason_does_not_repeat_the_signature() {
        String forged = "f".repeat(64);
        SignatureVerifier.Verification verdict = new SignatureVerifier(List.of(SecretKey.of("k")))
                .verify(Map.of("merchantId", "1", "sign", forged));
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.toString()).doesNotContain(forged);
    }

    @Test
    void an_unsigned_input_is_rejected_as_missing_signature() {
        assertThat(new SignatureVerifier(List.of(SecretKey.of("k"))).verify(Map.of("merchantId", "1")))
                .isEqualTo(new SignatureVerifier.Verification(false, "missing-signature"));
    }

    @Test
    void zero_is_a_value_and_is_signed() {
        CpaySigner signer = new CpaySigner(SecretKey.of("k"));
        assertThat(signer.sign(Map.of("a", "0"))).isNotEqualTo(signer.sign(Map.of()));
        assertThat(SignatureRule.stringToSign(Map.of("a", "0", "b", ""), SecretKey.of("k"))).isEqualTo("a=0&key=k");
    }
}
