package com.cpay.platform.sandbox.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The programmatic kit: settings in code, the static field is the handle. */
class CpaySandboxServerTest {

    @RegisterExtension
    static CpaySandboxServer cpay = CpaySandboxServer.builder()
            .merchant("31000001", "team-b-test-key")
            .property("cpay.sandbox.signature-empty-rule", "php")
            .build();

    @Test
    void the_settings_reach_the_simulator_and_the_field_is_the_handle(CpaySandboxHandle parameter) {
        assertThat(parameter).isSameAs(cpay);
        assertThat(cpay.merchantId()).isEqualTo("31000001");
        assertThat(cpay.secretKey()).isEqualTo("team-b-test-key");
        assertThat(cpay.signatureEmptyRule()).isEqualTo("php");
        // the PHP reading leaves "0" out of the signed text, the document's reading keeps it
        assertThat(cpay.sign(Map.of("a", "1", "b", "0"))).isEqualTo(cpay.sign(Map.of("a", "1")));
    }

    @Test
    void a_no_order_deposit_reaches_the_receiver_and_a_duplicate_fault_doubles_it() {
        cpay.injectFault(Fault.duplicateWebhook("deposit"));

        SandboxOrder deposit = cpay.depositWithoutOrder("user-9", "USDT", "25");

        cpay.awaitWebhookAttempt(a -> "duplicate".equals(a.fault()), Duration.ofSeconds(10));
        cpay.awaitWebhook(w -> cpay.webhooks().size() == 2, Duration.ofSeconds(10));
        assertThat(cpay.webhooks()).extracting(ReceivedWebhook::orderId).containsExactly(deposit.orderId(), deposit.orderId());
        assertThat(cpay.webhooks()).allSatisfy(w -> assertThat(w.signatureValid()).isTrue());
    }
}
