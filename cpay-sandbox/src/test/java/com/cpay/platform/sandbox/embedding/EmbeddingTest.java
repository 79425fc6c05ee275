package com.cpay.platform.sandbox.embedding;

import com.cpay.platform.sandbox.SandboxServer;
import com.cpay.platform.sandbox.state.SandboxState;
import com.cpay.platform.sandbox.support.CpayHttp;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An application can embed the simulator, or switch it off with cpay.sandbox.enabled=false; live mode never has it. */
class EmbeddingTest {

    @Test
    void switched_off_it_contributes_no_bean() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("cpay.sandbox.enabled", "false"))) {
            assertNoSimulatorBean(context);
        }
    }

    @Test
    void in_a_live_mode_application_it_contributes_no_bean_even_when_enabled() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("cpay.sandbox.enabled", "true",
                "cpay.mode", "live"))) {
            assertNoSimulatorBean(context);
        }
    }

    private static void assertNoSimulatorBean(ApplicationContext context) {
        assertThat(context.containsBean(SandboxState.class)).isFalse();
        assertThat(context.getBeanDefinitions(Object.class)).noneMatch(d -> d.getBeanType().getName()
                .startsWith("com.cpay.platform.sandbox.") && !d.getBeanType().getName().contains(".embedding."));
    }

    @Test
    void mounted_in_another_application_it_serves_beside_it_and_leaves_its_errors_alone() throws Exception {
        try (SandboxServer app = SandboxServer.start(Map.of("test.other-app", "true"))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(app.url() + "/other/square?n=7")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(app.url() + "/other/square?n=x")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(ok.body()).isEqualTo("49");
            assertThat(bad.statusCode()).as("the other app's own error handling").isEqualTo(400);
            assertThat(bad.body()).doesNotContain("\"code\":1");
            assertThat(new CpayHttp(app.url(), app.merchantId(), app.secretKey()).get("getMerchantBalance", Map.of()).code()).isZero();
        }
    }
}
