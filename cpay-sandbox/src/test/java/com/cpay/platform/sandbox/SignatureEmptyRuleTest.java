package com.cpay.platform.sandbox;

import com.cpay.platform.sandbox.support.CpayHttp;
import com.cpay.platform.sandbox.support.CpayHttp.Answer;
import com.cpay.platform.sandbox.support.DocumentSigner;
import com.cpay.platform.sandbox.support.SharedSandbox;
import com.cpay.platform.sandbox.support.WebhookReceiver;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * cpay.sandbox.signature-empty-rule (docs/decisions.md, decision 21): under {@code document} the value "0" is signed, under
 * {@code php} it is left out like an empty one; the setting governs the check of requests and the sign of webhooks
 * and of createOrderByCreditCard's answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignatureEmptyRuleTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private SandboxServer php;
    private SandboxServer document;
    private WebhookReceiver receiver;

    @BeforeAll
    void start() throws IOException {
        php = SandboxServer.start(SandboxServer.FAST, Map.of(SandboxServer.SIGNATURE_EMPTY_RULE, "php"));
        document = SharedSandbox.get();
        receiver = new WebhookReceiver();
    }

    @AfterAll
    void stop() {
        receiver.close();
        php.close();
    }

    @Test
    void under_php_a_quote_signing_purchaseType_0_is_refused_and_one_leaving_it_out_is_accepted() {
        assertThat(php.signatureEmptyRule()).isEqualTo("php");
        CpayHttp cpay = new CpayHttp(php.url(), php.merchantId(), php.secretKey());

        Answer documentReading = cpay.getRaw("getExchangeRate", quote(php, false));
        Answer phpReading = cpay.getRaw("getExchangeRate", quote(php, true));

        assertThat(documentReading.code()).isEqualTo(1);
        assertThat(documentReading.msg()).startsWith("sign verification failed").contains("PHP empty()");
        assertThat(phpReading.code()).as(phpReading.body()).isZero();
    }

    @Test
    void under_document_a_quote_leaving_purchaseType_0_out_is_refused_and_one_signing_it_is_accepted() {
        assertThat(document.signatureEmptyRule()).as("the default").isEqualTo("document");
        CpayHttp cpay = new CpayHttp(document.url(), document.merchantId(), document.secretKey());

        Answer phpReading = cpay.getRaw("getExchangeRate", quote(document, true));
        Answer documentReading = cpay.getRaw("getExchangeRate", quote(document, false));

        assertThat(phpReading.code()).isEqualTo(1);
        assertThat(phpReading.msg()).startsWith("sign verification failed");
        assertThat(documentReading.code()).as(documentReading.body()).isZero();
    }

    @Test
    void under_php_a_webhook_with_fee_0_is_signed_without_the_fee() throws IOException {
        CpayHttp cpay = new CpayHttp(php.url(), php.merchantId(), php.secretKey());
        php.control().configureWebhook(php.merchantId(), receiver.url(), "json");
        assertThat(cpay.post("createOrder", MerchantApiTest.createOrder("php-webhook-1")).code()).isZero();

        php.control().awaitWebhooks(w -> w.stream().anyMatch(a -> a.orderStatus().equals("14")
                && a.outcome().equals("delivered")), Duration.ofSeconds(5));

        assertThat(receiver.received()).isNotEmpty();
        for (WebhookReceiver.Received received : receiver.received()) {
            Map<String, String> fields = JSON.readValue(received.body(), Argument.mapOf(String.class, String.class));
            assertThat(fields).as("the field is sent, only not signed").containsEntry("fee", "0");
            assertThat(fields.get("sign")).isEqualTo(DocumentSigner.signAsPhp(fields, php.secretKey()))
                    .isNotEqualTo(DocumentSigner.sign(fields, php.secretKey()));
            Map<String, String> withoutFee = new LinkedHashMap<>(fields);
            withoutFee.remove("fee");
            assertThat(fields.get("sign")).isEqualTo(DocumentSigner.sign(withoutFee, php.secretKey()));
        }
    }

    @Test
    void under_php_the_answer_of_createOrderByCreditCard_is_signed_without_orderStatus_0() {
        CpayHttp cpay = new CpayHttp(php.url(), php.merchantId(), php.secretKey());

        Map<String, Object> card = cpay.post("createOrderByCreditCard", MerchantApiTest.cardOrder("php-card-1")).data();

        Map<String, String> fields = new LinkedHashMap<>();
        card.forEach((name, value) -> fields.put(name, String.valueOf(value)));
        assertThat(fields).containsEntry("orderStatus", "0");
        assertThat(card.get("sign")).isEqualTo(DocumentSigner.signAsPhp(fields, php.secretKey()))
                .isNotEqualTo(DocumentSigner.sign(fields, php.secretKey()));
    }

    @Test
    void the_rule_in_force_is_shown_by_the_control_api() {
        assertThat(php.control().info()).containsEntry("signatureEmptyRule", "php");
        assertThat(document.control().info()).containsEntry("signatureEmptyRule", "document");
    }

    /** getExchangeRate with purchaseType=0 and an empty parameter, signed under one reading or the other. */
    private static Map<String, String> quote(SandboxServer sandbox, boolean phpReading) {
        Map<String, String> parameters = new LinkedHashMap<>(MerchantApiTest.quote("USDT", "BTC", "0", "100"));
        parameters.put("merchantId", sandbox.merchantId());
        parameters.put("emptyOne", "");
        parameters.put("sign", phpReading ? DocumentSigner.signAsPhp(parameters, sandbox.secretKey())
                : DocumentSigner.sign(parameters, sandbox.secretKey()));
        return parameters;
    }
}
