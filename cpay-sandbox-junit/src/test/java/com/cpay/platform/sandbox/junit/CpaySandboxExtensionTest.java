package com.cpay.platform.sandbox.junit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The declarative kit, used only through its public API and a client written from the C-Pay document. */
@CpaySandbox
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CpaySandboxExtensionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static URI firstUrl;

    @Test
    @Order(1)
    void the_handle_gives_url_and_credentials_and_shows_each_request_with_its_signed_fields(CpaySandboxHandle cpay) {
        firstUrl = cpay.baseUrl();
        assertThat(cpay.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(cpay.merchantId()).isEqualTo("20003092");

        HttpResponse<String> answer = new PlainCpayClient(cpay).post("createOrder", PlainCpayClient.deposit("kit-1"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"code\":0");
        ReceivedRequest request = cpay.lastRequest("createOrder");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/openapi/v1/createOrder");
        assertThat(request.fields()).containsEntry("merchantTradeNo", "kit-1").containsEntry("amount", "3")
                .containsEntry("merchantId", "20003092").doesNotContainKey("sign");
        assertThat(request.signatureValid()).isTrue();
        assertThat(request.accepted()).isTrue();
    }

    @Test
    @Order(2)
    void each_test_starts_from_a_clean_simulator_on_the_same_server(CpaySandboxHandle cpay) {
        assertThat(cpay.baseUrl()).isEqualTo(firstUrl);
        assertThat(cpay.orders()).isEmpty();
        assertThat(cpay.requests()).isEmpty();
        assertThat(cpay.webhooks()).isEmpty();
    }

    @Test
    void a_moved_order_is_notified_to_the_kits_receiver_signed_with_the_merchant_key(CpaySandboxHandle cpay) {
        cpay.pauseLifecycle();
        new PlainCpayClient(cpay).post("createOrder", PlainCpayClient.deposit("kit-move"));

        SandboxOrder moved = cpay.moveOrder("kit-move", "COMPLETED");
        ReceivedWebhook webhook = cpay.awaitWebhook(w -> "kit-move".equals(w.merchantTradeNo()), WAIT);

        assertThat(moved.status()).isEqualTo("COMPLETED");
        assertThat(cpay.order("kit-move").statuses()).containsExactly("PENDING", "COMPLETED");
        assertThat(webhook.orderStatus()).isEqualTo("14");
        assertThat(webhook.statusName()).isEqualTo("COMPLETED");
        assertThat(webhook.signatureValid()).isTrue();
        assertThat(webhook.field("sign")).isEqualTo(cpay.sign(webhook.fields()));
        assertThat(cpay.awaitWebhookAttempt(a -> a.delivered() && cpay.webhookUrl().equals(a.url()), WAIT).attempt())
                .isEqualTo(1);
    }

    @Test
    void the_automatic_lifecycle_runs_fast_and_a_refused_webhook_is_retried(CpaySandboxHandle cpay) {
        cpay.replyToWebhooksWith("FAIL");
        new PlainCpayClient(cpay).post("createOrder", PlainCpayClient.deposit("kit-life"));

        assertThat(cpay.awaitOrder("kit-life", "COMPLETED", WAIT).statuses())
                .containsExactly("PENDING", "PROCESSING", "COMPLETED");
        cpay.awaitWebhook(w -> "14".equals(w.orderStatus()), WAIT);
        WebhookAttempt retried = cpay.awaitWebhookAttempt(a -> a.attempt() == 2 && a.delivered(), WAIT);
        assertThat(retried.orderStatus()).isEqualTo("11");
    }

    @Test
    void an_injected_fault_is_answered_and_shows_in_the_request_log(CpaySandboxHandle cpay) {
        cpay.injectFault(Fault.httpError("createOrder", 502));
        PlainCpayClient client = new PlainCpayClient(cpay);

        assertThat(client.post("createOrder", PlainCpayClient.deposit("kit-fault")).statusCode()).isEqualTo(502);
        assertThat(client.post("createOrder", PlainCpayClient.deposit("kit-fault")).statusCode()).as("it fired once").isEqualTo(200);

        assertThat(cpay.requests("createOrder")).extracting(ReceivedRequest::refusalReason, ReceivedRequest::fault)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fault", "HTTP_ERROR 502"),
                        org.assertj.core.groups.Tuple.tuple(null, null));
    }

    @Test
    void a_request_signed_with_another_key_is_refused_and_logged_as_such(CpaySandboxHandle cpay) {
        Map<String, String> form = new LinkedHashMap<>(PlainCpayClient.deposit("kit-badsign"));
        form.put("merchantId", cpay.merchantId());
        form.put("sign", PlainCpayClient.sign(form, "not-the-key"));

        HttpResponse<String> answer = new PlainCpayClient(cpay).postForm("createOrder", form);

        assertThat(answer.body()).doesNotContain("\"code\":0");
        ReceivedRequest request = cpay.lastRequest("createOrder");
        assertThat(request.signature()).isEqualTo("invalid");
        assertThat(request.refusalReason()).isEqualTo("invalid-signature");
        assertThat(cpay.orders()).isEmpty();
    }

    @Test
    void waiting_for_a_webhook_that_never_comes_fails_the_test_with_what_arrived(CpaySandboxHandle cpay) {
        assertThatThrownBy(() -> cpay.awaitWebhook(w -> true, Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no webhook matching");
        assertThatThrownBy(() -> cpay.lastRequest("withdraw")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("no withdraw request");
    }

    @Nested
    class NestedClasses {
        @Test
        void use_the_outer_class_simulator(CpaySandboxHandle cpay) {
            assertThat(cpay.baseUrl()).isEqualTo(firstUrl == null ? cpay.baseUrl() : firstUrl);
            assertThat(cpay.orders()).isEmpty();
        }
    }
}
