package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.EmptyRule;
import com.cpay.platform.adapter.http.signing.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** WireParams' empty parameters, re-signing under the other reading, and what counts as a signature refusal. */
class SignatureReadingUnitTest {

    private static final CpaySigner SIGNER = new CpaySigner(SecretKey.of("k"));

    @Test
    void a_required_parameter_of_0_is_sent_and_an_empty_one_is_neither_sent_nor_signed() {
        WireParams params = new WireParams().with("purchaseType", "0").with("lang", null).with("remark", "")
                .with("a", "00").with("b", "1");

        WireParams.Signed signed = params.signWith(SIGNER);

        assertThat(signed.values()).containsOnlyKeys("purchaseType", "a", "b", "sign");
        assertThat(signed.get("purchaseType")).isEqualTo("0");
        assertThat(signed.rule()).isEqualTo(EmptyRule.DOCUMENT);
        assertThat(signed.readingsDiffer()).isTrue();
    }

    @Test
    void signed_again_under_the_other_reading_the_same_parameters_go_with_another_sign() {
        WireParams.Signed document = new WireParams().with("merchantId", "1").with("purchaseType", "0")
                .signWith(SIGNER, EmptyRule.DOCUMENT);

        WireParams.Signed php = document.under(EmptyRule.PHP);

        assertThat(php.rule()).isEqualTo(EmptyRule.PHP);
        assertThat(php.get("purchaseType")).isEqualTo("0");
        assertThat(php.values().keySet()).isEqualTo(document.values().keySet());
        assertThat(php.get("sign")).isEqualTo(SIGNER.sign(Map.of("merchantId", "1"), EmptyRule.DOCUMENT))
                .isNotEqualTo(document.get("sign"));
        assertThat(document.under(EmptyRule.DOCUMENT)).isSameAs(document);
        assertThat(php.under(EmptyRule.DOCUMENT).get("sign")).isEqualTo(document.get("sign"));
        assertThat(php.toString()).doesNotContain(php.get("sign"));
    }

    @Test
    void without_a_0_the_readings_sign_alike() {
        WireParams.Signed signed = new WireParams().with("merchantId", "1").with("purchaseType", "1").signWith(SIGNER);

        assertThat(signed.readingsDiffer()).isFalse();
        assertThat(signed.under(EmptyRule.PHP).get("sign")).isEqualTo(signed.get("sign"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sign error", "verify sign fail", "invalid param sign", "Signature mismatch",
            "SIGN VERIFICATION FAILED", "sign verification failed: sign must be HMAC-SHA256 over every non-empty "
            + "parameter but sign, sorted by name", "param_sign invalid", "签名错误", "bad sign."})
    void a_refusal_whose_msg_names_the_signature_is_a_signature_refusal(String msg) {
        assertThat(CpayCalls.refusedForSignature(new Envelope<>(1L, msg, null, null))).isTrue();
        assertThat(CpayCalls.refusedForSignature(new Envelope<>(10001L, msg, null, null))).isTrue();
        assertThat(CpayCalls.refusedForSignature(new Envelope<>(0L, msg, null, null))).as("code 0 is no refusal")
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fail", "no exchange rate for this pair", "merchantId 9 is not a known merchant",
            "design error", "already assigned", "request not signed by a merchant", "signing service down", ""})
    void any_other_refusal_is_not(String msg) {
        assertThat(CpayCalls.refusedForSignature(new Envelope<>(1L, msg, null, null))).isFalse();
        assertThat(CpayCalls.refusedForSignature(new Envelope<>(1L, null, null, null))).isFalse();
        assertThat(CpayCalls.refusedForSignature(new Envelope<>(null, "sign error", null, null))).isFalse();
    }
}
