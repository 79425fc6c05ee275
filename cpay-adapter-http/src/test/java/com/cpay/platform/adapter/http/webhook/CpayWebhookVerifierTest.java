package com.cpay.platform.adapter.http.webhook;

import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.EmptyRule;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.adapter.http.signing.SignatureVerifier;
import com.cpay.platform.adapter.http.webhook.WebhookVerdict.Accepted;
import com.cpay.platform.adapter.http.webhook.WebhookVerdict.Reason;
import com.cpay.platform.adapter.http.webhook.WebhookVerdict.Rejected;
import com.cpay.platform.adapter.http.webhook.WebhookVerdict.Unreadable;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.notification.NotificationVerdict;
import com.cpay.platform.domain.notification.NotificationVerifier;
import com.cpay.platform.domain.notification.SigningReading;
import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.shared.MerchantId;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The section 15 notification in JSON and form encoding, signed, unsigned, forged, with extra fields. */
class CpayWebhookVerifierTest {

    private static final String DOC_KEY = "aaaaaaaaaaxxxxxx";
    private static final String DOC_SIGN = "38653541d841cb82e62f5813a35e1003e19bd476e9aceddd7b470d51e16bccea";
    /**
     * The same notification signed as PHP's empty() reads "empty" (docs/decisions.md, decision 21): fee "0" left out.
     * Computed independently: HMAC-SHA256 of actualAmount=10&createTime=1663155010000&cryptoCurrency=USDT
     * &hash=...&merchantId=20003092&merchantTradeNo=...&merchantUserId=test002&network=TRON
     * &orderId=2209141130105863014&orderStatus=14&receivedAmount=10&key=aaaaaaaaaaxxxxxx.
     */
    private static final String DOC_SIGN_PHP = "4461c4199fde21da11527b36b97d2662982444d284ca4260fd498594e9835f0b";
    private static final CpayWebhookVerifier VERIFIER =
            new CpayWebhookVerifier(new SignatureVerifier(List.of(SecretKey.of(DOC_KEY), SecretKey.of("old-key"))));

    private static Map<String, String> documentExample() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("merchantId", "20003092");
        fields.put("merchantTradeNo", "7b785240e426694635bb09fb101ae241");
        fields.put("merchantUserId", "test002");
        fields.put("orderId", "2209141130105863014");
        fields.put("orderStatus", "14");
        fields.put("hash", "c4dbbf5737c52072817dc92fa09c41386f8024fee883270b92bfc1943616f957");
        fields.put("actualAmount", "10");
        fields.put("receivedAmount", "10");
        fields.put("fee", "0");
        fields.put("cryptoCurrency", "USDT");
        fields.put("network", "TRON");
        fields.put("remark", "");
        fields.put("extInfo", "");
        fields.put("createTime", "1663155010000");
        fields.put("sign", DOC_SIGN);
        return fields;
    }

    @Test
    void the_spec_example_verifies_as_json_and_is_read_into_the_domain_notification() {
        WebhookVerdict verdict = VERIFIER.check(json(documentExample()), "application/json");

        assertThat(verdict).isInstanceOf(Accepted.class);
        assertThat(((Accepted) verdict).matchedRule()).as("fee \"0\" was signed").isEqualTo(EmptyRule.DOCUMENT);
        CpayNotification n = ((Accepted) verdict).notification();
        assertThat(n.merchantId()).isEqualTo(new MerchantId("20003092"));
        assertThat(n.orderStatus().status()).contains(OrderStatus.COMPLETED);
        assertThat(n.network()).contains(Network.TRON);
        assertThat(n.fee()).contains("0");
        assertThat(n.remark()).isEmpty();
        assertThat(n.createTime()).isEqualTo(Instant.ofEpochMilli(1663155010000L));
        assertThat(n.extraFields()).isEmpty();
    }

    @Test
    void the_spec_example_verifies_as_a_form_too() {
        assertThat(VERIFIER.check(form(documentExample()), "application/x-www-form-urlencoded; charset=UTF-8"))
                .isInstanceOf(Accepted.class);
    }

    @Test
    void without_a_content_type_the_body_shape_decides() {
        assertThat(VERIFIER.check(json(documentExample()), null).accepted()).isTrue();
        assertThat(VERIFIER.check(form(documentExample()), "").accepted()).isTrue();
    }

    @Test
    void json_numbers_are_kept_as_their_exact_text_and_signed_so() {
        Map<String, String> text = Map.of("merchantId", "20003092", "orderStatus", "11", "actualAmount", "10.50",
                "receivedAmount", "10.500000001", "fee", "0", "createTime", "1663155010000");
        String sign = new CpaySigner(SecretKey.of(DOC_KEY)).sign(text);
        String body = "{\"merchantId\":20003092,\"orderStatus\":11,\"actualAmount\":10.50,"
                + "\"receivedAmount\":10.500000001,\"fee\":0,\"createTime\":1663155010000,\"sign\":\"" + sign + "\"}";

        WebhookVerdict verdict = VERIFIER.check(body.getBytes(StandardCharsets.UTF_8), "application/json");

        CpayNotification n = ((Accepted) verdict).notification();
        assertThat(n.actualAmount()).contains("10.50");
        assertThat(n.receivedAmount()).contains("10.500000001");
        assertThat(n.orderStatus().status()).contains(OrderStatus.PROCESSING);
    }

    @Test
    void unknown_extra_fields_are_part_of_the_signature_and_kept() {
        Map<String, String> fields = documentExample();
        fields.remove("sign");
        fields.put("newField", "a b&c=d+e%ação");
        fields.put("sign", new CpaySigner(SecretKey.of(DOC_KEY)).sign(fields));

        WebhookVerdict asJson = VERIFIER.check(json(fields), "application/json");
        WebhookVerdict asForm = VERIFIER.check(form(fields), "application/x-www-form-urlencoded");

        assertThat(((Accepted) asJson).notification().extraFields()).containsEntry("newField", "a b&c=d+e%ação");
        assertThat(((Accepted) asForm).notification().extraFields()).containsEntry("newField", "a b&c=d+e%ação");

        Map<String, String> signedWithoutIt = documentExample();
        signedWithoutIt.put("newField", "x");
        assertThat(VERIFIER.check(json(signedWithoutIt), "application/json"))
                .isEqualTo(new Rejected(Reason.SIGNATURE_MISMATCH, "the sign does not match the fields with any accepted key"));
    }

    @Test
    void an_unsigned_or_wrongly_signed_notification_is_refused_without_repeating_the_sign() {
        Map<String, String> unsigned = documentExample();
        unsigned.remove("sign");
        assertThat(reason(VERIFIER.check(json(unsigned), "application/json"))).isEqualTo(Reason.MISSING_SIGNATURE);
        unsigned.put("sign", "");
        assertThat(reason(VERIFIER.check(form(unsigned), "application/x-www-form-urlencoded")))
                .isEqualTo(Reason.MISSING_SIGNATURE);

        Map<String, String> tampered = documentExample();
        tampered.put("receivedAmount", "1000");
        WebhookVerdict verdict = VERIFIER.check(json(tampered), "application/json");
        assertThat(reason(verdict)).isEqualTo(Reason.SIGNATURE_MISMATCH);
        assertThat(verdict.toString()).doesNotContain(DOC_SIGN);
        assertThat(((Rejected) verdict).describe()).startsWith("signature-mismatch: ");
    }

    @Test
    void a_notification_signed_php_style_with_fee_0_left_out_is_accepted_and_says_so() {
        Map<String, String> fields = documentExample();
        fields.put("sign", DOC_SIGN_PHP);

        for (WebhookVerdict verdict : List.of(VERIFIER.check(json(fields), "application/json"),
                VERIFIER.check(form(fields), "application/x-www-form-urlencoded"))) {
            assertThat(verdict).isInstanceOf(Accepted.class);
            Accepted accepted = (Accepted) verdict;
            assertThat(accepted.matchedRule()).isEqualTo(EmptyRule.PHP);
            assertThat(accepted.matchedRule().code()).isEqualTo("php");
            assertThat(accepted.notification().fee()).as("the field is read, only not signed").contains("0");
        }
    }

    @Test
    void a_php_style_signature_is_forged_when_a_signed_field_changes_or_the_key_is_unknown() {
        Map<String, String> tampered = documentExample();
        tampered.put("sign", DOC_SIGN_PHP);
        tampered.put("fee", "1");
        assertThat(reason(VERIFIER.check(json(tampered), "application/json"))).isEqualTo(Reason.SIGNATURE_MISMATCH);

        Map<String, String> wrongKey = documentExample();
        wrongKey.remove("sign");
        wrongKey.put("sign", new CpaySigner(SecretKey.of("not-a-merchant-key")).sign(wrongKey, EmptyRule.PHP));
        assertThat(reason(VERIFIER.check(json(wrongKey), "application/json"))).isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void a_previous_key_signing_php_style_is_accepted_during_rotation() {
        Map<String, String> fields = documentExample();
        fields.put("sign", new CpaySigner(SecretKey.of("old-key")).sign(fields, EmptyRule.PHP));

        WebhookVerdict verdict = VERIFIER.check(json(fields), "application/json");

        assertThat(((Accepted) verdict).matchedRule()).isEqualTo(EmptyRule.PHP);
    }

    @Test
    void without_a_0_field_both_readings_sign_alike_and_document_is_reported() {
        Map<String, String> fields = documentExample();
        fields.remove("sign");
        fields.put("fee", "0.5");
        String php = new CpaySigner(SecretKey.of(DOC_KEY)).sign(fields, EmptyRule.PHP);
        assertThat(php).isEqualTo(new CpaySigner(SecretKey.of(DOC_KEY)).sign(fields, EmptyRule.DOCUMENT));
        fields.put("sign", php);

        assertThat(((Accepted) VERIFIER.check(json(fields), "application/json")).matchedRule())
                .isEqualTo(EmptyRule.DOCUMENT);
    }

    @Test
    void a_previous_key_is_still_accepted_during_rotation() {
        Map<String, String> fields = documentExample();
        fields.put("sign", new CpaySigner(SecretKey.of("old-key")).sign(fields));

        assertThat(VERIFIER.check(json(fields), "application/json").accepted()).isTrue();
    }

    @Test
    void a_signed_notification_missing_a_required_field_is_authentic_but_unreadable() {
        Map<String, String> fields = documentExample();
        fields.remove("createTime");
        fields.put("sign", new CpaySigner(SecretKey.of(DOC_KEY)).sign(fields));

        WebhookVerdict verdict = VERIFIER.check(json(fields), "application/json");

        assertThat(verdict).isInstanceOf(Unreadable.class);
        assertThat(verdict.accepted()).isFalse();
        Unreadable unreadable = (Unreadable) verdict;
        assertThat(unreadable.reason()).isEqualTo(Reason.INVALID_FIELDS);
        assertThat(unreadable.detail()).contains("createTime");
        assertThat(unreadable.describe()).startsWith("invalid-fields: ");
        assertThat(unreadable.matchedRule()).isEqualTo(EmptyRule.DOCUMENT);
        assertThat(unreadable.fields()).containsEntry("merchantTradeNo", "7b785240e426694635bb09fb101ae241")
                .containsEntry("orderId", "2209141130105863014").doesNotContainKey("sign");
        assertThat(unreadable.toString()).doesNotContain("7b785240e426694635bb09fb101ae241");
    }

    @Test
    void a_nested_json_value_signed_over_its_text_as_written_is_authentic_but_unreadable() {
        Map<String, String> fields = documentExample();
        fields.remove("sign");
        String nested = "{\"order\": [1, {\"note\":\"a\u00e7\u00e3o\"}]}";
        fields.put("extInfo", nested);
        String sign = new CpaySigner(SecretKey.of(DOC_KEY)).sign(fields);
        String body = jsonText(documentExampleWithout("sign", "extInfo"))
                .replaceFirst("}$", ",\"extInfo\":" + nested + ",\"sign\":\"" + sign + "\"}");

        WebhookVerdict verdict = VERIFIER.check(body.getBytes(StandardCharsets.UTF_8), "application/json");

        assertThat(verdict).isInstanceOf(Unreadable.class);
        Unreadable unreadable = (Unreadable) verdict;
        assertThat(unreadable.reason()).isEqualTo(Reason.MALFORMED_BODY);
        assertThat(unreadable.detail()).isEqualTo("field extInfo holds a nested JSON value");
        assertThat(unreadable.fields()).containsEntry("extInfo", nested).containsEntry("orderStatus", "14");
    }

    @Test
    void a_nested_json_value_whose_sign_does_not_match_its_text_is_refused_as_malformed() {
        Map<String, String> fields = documentExampleWithout("sign", "extInfo");
        String sign = new CpaySigner(SecretKey.of(DOC_KEY)).sign(fields);
        String body = jsonText(fields).replaceFirst("}$", ",\"extInfo\":{\"a\":1},\"sign\":\"" + sign + "\"}");

        WebhookVerdict verdict = VERIFIER.check(body.getBytes(StandardCharsets.UTF_8), "application/json");

        assertThat(verdict).isEqualTo(new Rejected(Reason.MALFORMED_BODY,
                "field extInfo holds a nested JSON value and the sign does not match it as written"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty body            | ''                                   | application/json    | EMPTY_BODY",
            "blank body            | '  '                                 | application/json    | EMPTY_BODY",
            "malformed json        | {\"merchantId\":                     | application/json    | MALFORMED_BODY",
            "json array            | [1,2]                                | application/json    | MALFORMED_BODY",
            "nested value          | {\"merchantId\":{\"a\":1}}           | application/json    | MALFORMED_BODY",
            "trailing content      | {\"a\":\"1\"} {\"b\":\"2\"}          | application/json    | MALFORMED_BODY",
            "duplicate json field  | {\"fee\":\"0\",\"fee\":\"1\"}        | application/json    | DUPLICATE_FIELD",
            "duplicate form field  | fee=0&fee=1                          | application/x-www-form-urlencoded | DUPLICATE_FIELD",
            "bad escape            | fee=%zz                              | application/x-www-form-urlencoded | MALFORMED_BODY",
            "xml                   | <n/>                                 | text/xml            | UNSUPPORTED_CONTENT_TYPE"})
    void an_unreadable_body_is_refused_with_its_reason(String name, String body, String contentType, Reason reason) {
        assertThat(reason(VERIFIER.check(body.getBytes(StandardCharsets.UTF_8), contentType))).isEqualTo(reason);
    }

    @Test
    void a_card_number_the_sender_put_in_a_field_name_or_the_content_type_is_masked_in_the_refusal() {
        Rejected duplicate = (Rejected) VERIFIER.check("{\"4111111111111111\":\"1\",\"4111111111111111\":\"2\"}"
                .getBytes(StandardCharsets.UTF_8), "application/json");
        Rejected contentType = (Rejected) VERIFIER.check("x".getBytes(StandardCharsets.UTF_8),
                "text/x-4111-1111-1111-1111");

        assertThat(duplicate.describe()).isEqualTo("duplicate-field: field ************1111 appears more than once");
        assertThat(contentType.describe()).doesNotContain("4111-1111-1111-1111").contains("****-****-****-1111");
    }

    @Test
    void the_verifier_bean_accepts_the_configured_previous_keys() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("cpay.merchant-id", "20003092",
                "cpay.secret-key", "new-key", "cpay.previous-secret-keys", List.of("x", DOC_KEY)))) {
            assertThat(context.getBean(CpayWebhookVerifier.class)
                    .check(json(documentExample()), "application/json").accepted()).isTrue();
        }
    }

    @Test
    void as_the_domain_port_it_gives_the_same_verdict_in_the_domain_words() {
        Map<String, String> php = documentExample();
        php.put("sign", DOC_SIGN_PHP);
        Map<String, String> unreadable = documentExample();
        unreadable.remove("createTime");
        unreadable.put("sign", new CpaySigner(SecretKey.of(DOC_KEY)).sign(unreadable));
        Map<String, String> unsigned = documentExample();
        unsigned.remove("sign");
        NotificationVerifier port = VERIFIER;

        assertThat(port.verify(json(documentExample()), Optional.of("application/json")))
                .isEqualTo(new NotificationVerdict.Verified(
                        ((Accepted) VERIFIER.check(json(documentExample()), "application/json")).notification(),
                        SigningReading.DOCUMENT));
        assertThat(port.verify(form(php), Optional.empty())).isInstanceOfSatisfying(NotificationVerdict.Verified.class,
                v -> assertThat(v.reading()).isEqualTo(SigningReading.PHP));
        assertThat(port.verify(json(unreadable), Optional.of("application/json")))
                .isInstanceOfSatisfying(NotificationVerdict.Unreadable.class, v -> {
                    assertThat(v.reason()).startsWith("invalid-fields: ").contains("createTime");
                    assertThat(v.fields()).containsEntry("orderId", "2209141130105863014").doesNotContainKey("sign");
                    assertThat(v.reading()).isEqualTo(SigningReading.DOCUMENT);
                });
        assertThat(port.verify(json(unsigned), Optional.of("application/json")))
                .isEqualTo(new NotificationVerdict.Refused("missing-signature: the notification carries no sign"));
        assertThat(port.verify(new byte[0], Optional.empty()))
                .isEqualTo(new NotificationVerdict.Refused("empty-body: the notification has no body"));
    }

    @Test
    void the_verifier_bean_is_the_domain_notification_verifier() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("cpay.merchant-id", "20003092",
                "cpay.secret-key", DOC_KEY))) {
            assertThat(context.getBean(NotificationVerifier.class)
                    .verify(json(documentExample()), Optional.of("application/json")))
                    .isInstanceOf(NotificationVerdict.Verified.class);
        }
    }

    private static Reason reason(WebhookVerdict verdict) {
        assertThat(verdict).isInstanceOf(Rejected.class);
        return ((Rejected) verdict).reason();
    }

    private static byte[] json(Map<String, String> fields) {
        return jsonText(fields).getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonText(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue().replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static Map<String, String> documentExampleWithout(String... names) {
        Map<String, String> fields = documentExample();
        for (String name : names) {
            fields.remove(name);
        }
        return fields;
    }

    private static byte[] form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }
}
