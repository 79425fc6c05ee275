package com.cpay.platform.app.security;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** cpay.mode=live: real credentials or no start; https-only public callback URLs; no simulator. */
class LiveModeTest {

    private static final String TOKEN = "live-token-0123456789abcdef";

    private static String startupError(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(TestApp.properties(Map.of("cpay.mode", "live")));
        all.putAll(properties);
        Throwable failure = catchThrowable(() -> ApplicationContext.run(EmbeddedServer.class, all).close());
        assertThat(failure).as("live mode must refuse to start").isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Test
    void live_mode_without_configuration_refuses_to_start_naming_what_is_missing() {
        String error = startupError(Map.of());
        assertThat(error).contains("cpay.mode=live refuses to start").contains("cpay.merchant-id")
                .contains("cpay.secret-key").contains("cpay.api-tokens");
    }

    @Test
    void live_mode_refuses_the_development_token_and_short_tokens() {
        assertThat(startupError(Map.of("cpay.merchant-id", "m1", "cpay.secret-key", "k1",
                "cpay.api-tokens", TestApp.TOKEN))).contains("development token").doesNotContain("merchant-id");
        assertThat(startupError(Map.of("cpay.merchant-id", "m1", "cpay.secret-key", "k1",
                "cpay.api-tokens", "short"))).contains("shorter than 16");
    }

    @Test
    void live_mode_refuses_to_start_with_the_simulator_enabled() {
        String error = startupError(Map.of("cpay.merchant-id", "m1", "cpay.secret-key", "k1",
                "cpay.api-tokens", TOKEN, "cpay.sandbox.enabled", "true"));
        assertThat(error).contains("cpay.mode=live refuses to start").contains("cpay.sandbox.enabled")
                .doesNotContain("cpay.merchant-id").doesNotContain("k1");
    }

    @Test
    void a_configured_live_instance_talks_to_its_base_url_and_accepts_only_public_https_urls() {
        try (TestApp cpay = TestApp.start();
             ApplicationContext live = ApplicationContext.run(EmbeddedServer.class, TestApp.properties(Map.of(
                     "cpay.mode", "live", "cpay.base-url", cpay.url().toString(),
                     "cpay.merchant-id", "20003092", "cpay.secret-key", "sandbox-secret-key-change-me",
                     "cpay.api-tokens", "other-token-0123456789," + TOKEN,
                     "test.dns", "shop.example.com=203.0.113.7,evil.example.com=10.0.0.8"))).getApplicationContext()) {
            Http http = new Http(java.net.URI.create("http://localhost:"
                    + live.getBean(EmbeddedServer.class).getPort()));
            String auth = "Bearer " + TOKEN;

            assertThat(http.get("/sandbox/v1/info").statusCode()).isEqualTo(404);
            assertThat(http.get("/api/v1/balances", "Authorization", "Bearer " + TestApp.TOKEN).statusCode())
                    .isEqualTo(401);
            HttpResponse<String> plainHttp = http.postJson("/api/v1/deposits", deposit("http://shop.example.com/ok"),
                    "Authorization", auth);
            HttpResponse<String> loopback = http.postJson("/api/v1/deposits", deposit("https://127.0.0.1/ok"),
                    "Authorization", auth);
            HttpResponse<String> privateNet = http.postJson("/api/v1/deposits", deposit("https://10.1.2.3/ok"),
                    "Authorization", auth);
            HttpResponse<String> localName = http.postJson("/api/v1/deposits", deposit("https://localhost:8443/ok"),
                    "Authorization", auth);
            HttpResponse<String> linkLocal = http.postJson("/api/v1/deposits",
                    deposit("https://[fe80::1]/ok"), "Authorization", auth);
            HttpResponse<String> privateByName = http.postJson("/api/v1/deposits",
                    deposit("https://evil.example.com/ok"), "Authorization", auth);
            HttpResponse<String> noSuchName = http.postJson("/api/v1/deposits",
                    deposit("https://nowhere.example.com/ok"), "Authorization", auth);
            HttpResponse<String> fine = http.postJson("/api/v1/deposits", deposit("https://shop.example.com/ok"),
                    "Authorization", auth);

            assertThat(plainHttp.statusCode()).isEqualTo(422);
            assertThat(plainHttp.body()).contains("\"field\":\"successUrl\"").contains("https-required");
            for (HttpResponse<String> r : java.util.List.of(loopback, privateNet, localName, linkLocal, privateByName)) {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
                assertThat(r.body()).contains("private-host");
            }
            assertThat(noSuchName.statusCode()).isEqualTo(422);
            assertThat(noSuchName.body()).contains("\"field\":\"successUrl\"").contains("unresolvable-host");
            assertThat(fine.statusCode()).as(fine.body()).isEqualTo(201);
            String tradeNo = fine.body().replaceAll(".*\"merchantTradeNo\":\"([^\"]+)\".*", "$1");
            assertThat(cpay.simulator().orderByTradeNo(tradeNo)).isNotNull();
        }
    }

    private static String deposit(String successUrl) {
        return "{\"userId\":\"live-user\",\"cryptoCurrency\":\"USDT\",\"amount\":\"3\",\"successUrl\":\"" + successUrl
                + "\"}";
    }
}
