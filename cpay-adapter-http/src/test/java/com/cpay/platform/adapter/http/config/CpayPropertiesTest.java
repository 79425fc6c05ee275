package com.cpay.platform.adapter.http.config;

import com.cpay.platform.domain.account.CpayAccountGateway;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.ServiceHttpClientConfiguration;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code cpay.*} binds, has defaults, wires the generated client and never prints a key. */
class CpayPropertiesTest {

    @Test
    void every_key_binds_and_also_configures_the_generated_client() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "cpay.base-url", "http://127.0.0.1:9999",
                "cpay.merchant-id", "20003092",
                "cpay.secret-key", "s3cr3t-current",
                "cpay.previous-secret-keys", "s3cr3t-old-1,s3cr3t-old-2",
                "cpay.mode", "live",
                "cpay.verify-response-signatures", "true",
                "cpay.http.connect-timeout", "2s",
                "cpay.http.read-timeout", "7s",
                "cpay.http.get-retries", "5",
                "cpay.http.retry-initial-delay", "50ms"))) {
            CpayProperties p = context.getBean(CpayProperties.class);
            assertThat(p.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9999"));
            assertThat(p.merchantId()).isEqualTo("20003092");
            assertThat(p.previousSecretKeys()).containsExactly("s3cr3t-old-1", "s3cr3t-old-2");
            assertThat(p.verifiesResponseSignatures()).isTrue();
            assertThat(p.http()).isEqualTo(new CpayProperties.Http(Duration.ofSeconds(2), Duration.ofSeconds(7), 5,
                    Duration.ofMillis(50)));

            ServiceHttpClientConfiguration client = cpayClient(context);
            assertThat(client.getUrls()).containsExactly(URI.create("http://127.0.0.1:9999"));
            assertThat(client.getConnectTimeout()).contains(Duration.ofSeconds(2));
            assertThat(client.getReadTimeout()).contains(Duration.ofSeconds(7));
            assertThat(p.toString()).doesNotContain("s3cr3t").contains("[redacted]");
        }
    }

    @Test
    void defaults_are_the_sandbox_with_bounded_timeouts_and_three_get_attempts() {
        try (ApplicationContext context = ApplicationContext.run()) {
            CpayProperties p = context.getBean(CpayProperties.class);
            assertThat(p.baseUrl()).isEqualTo(URI.create(CpayProperties.DEFAULT_BASE_URL));
            assertThat(p.mode()).isEqualTo("sandbox");
            assertThat(p.verifiesResponseSignatures()).isTrue();
            assertThat(p.http()).isEqualTo(new CpayProperties.Http(Duration.ofSeconds(5), Duration.ofSeconds(30), 3,
                    Duration.ofMillis(200)));
            assertThat(cpayClient(context).getUrls()).containsExactly(URI.create(CpayProperties.DEFAULT_BASE_URL));
            assertThat(cpayClient(context).getReadTimeout()).contains(Duration.ofSeconds(30));
        }
    }

    @Test
    void live_mode_does_not_verify_answer_signatures_unless_told_to() {
        assertThat(properties("live", null).verifiesResponseSignatures()).isFalse();
        assertThat(properties("live", true).verifiesResponseSignatures()).isTrue();
        assertThat(properties("sandbox", false).verifiesResponseSignatures()).isFalse();
    }

    @Test
    void a_url_set_directly_on_the_micronaut_client_wins_over_cpay_base_url() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("cpay.base-url", "http://127.0.0.1:1",
                "micronaut.http.services.cpay.url", "http://127.0.0.1:2"))) {
            assertThat(cpayClient(context).getUrls()).containsExactly(URI.create("http://127.0.0.1:2"));
        }
    }

    @Test
    void a_gateway_without_credentials_fails_with_a_clear_message_that_shows_no_key() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("cpay.secret-key", "s3cr3t"))) {
            assertThatThrownBy(() -> context.getBean(CpayAccountGateway.class))
                    .hasStackTraceContaining("cpay.merchant-id is required")
                    .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("s3cr3t"));
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of("cpay.merchant-id", "1"))) {
            assertThatThrownBy(() -> context.getBean(CpayAccountGateway.class))
                    .hasStackTraceContaining("cpay.secret-key is required");
        }
    }

    private static CpayProperties properties(String mode, Boolean verify) {
        return new CpayProperties(null, "1", "k", List.of(), mode, verify, null);
    }

    private static ServiceHttpClientConfiguration cpayClient(ApplicationContext context) {
        Optional<ServiceHttpClientConfiguration> client =
                context.findBean(ServiceHttpClientConfiguration.class, Qualifiers.byName("cpay"));
        assertThat(client).isPresent();
        return client.get();
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
