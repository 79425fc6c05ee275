package com.cpay.platform.app.webhook;

import com.cpay.platform.app.support.AppDatabase;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.app.support.Webhooks;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refused webhooks over real HTTP: kept only as digest, length, reason and redacted excerpt; at most
 * {@code max-stored} of them; rate-limited per source (429 with Retry-After, nothing stored), with
 * {@code X-Forwarded-For} believed only from a trusted proxy; verified webhooks never limited.
 */
class RefusedWebhooksTest {

    private static final String FORGED = "{\"merchantId\":\"20003092\",\"orderStatus\":\"14\",\"cardNumber\":"
            + "\"4111 1111 1111 1111\",\"cvv\":\"737\",\"sign\":\"00\"}";

    @Test
    void a_source_over_the_limit_gets_429_with_retry_after_and_nothing_is_stored() {
        try (TestApp app = TestApp.start(Map.of("cpay.webhooks.refused.limit", "3",
                "cpay.webhooks.refused.window", "1h", "cpay.webhooks.refused.max-stored", "2"))) {
            Http http = new Http(app.url());
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> refused = post(http, FORGED.replace("\"00\"", "\"0" + i + "\""));
                assertThat(refused.statusCode()).isEqualTo(400);
                assertThat(refused.body()).isEqualTo("FAIL");
            }
            assertThat(refused(app)).as("the oldest beyond max-stored are gone").hasSize(2);

            HttpResponse<String> limited = post(http, FORGED.replace("\"00\"", "\"09\""));
            HttpResponse<String> spoofed = post(http, FORGED.replace("\"00\"", "\"08\""),
                    "X-Forwarded-For", "198.51.100.77");

            for (HttpResponse<String> answer : List.of(limited, spoofed)) {
                assertThat(answer.statusCode()).isEqualTo(429);
                assertThat(answer.body()).isEqualTo("FAIL");
                assertThat(answer.headers().firstValue("Retry-After")).contains("1200");
            }
            assertThat(refused(app)).hasSize(2).noneMatch(row -> row.contains("\"09\"") || row.contains("\"08\""));
            HttpResponse<String> verified = post(http, Webhooks.signedJson(Webhooks.notification("never-issued-1",
                    "cp-1", "14", "10"), Webhooks.KEY));
            assertThat(verified.body()).as("a correctly signed webhook is never limited").isEqualTo("OK");
            assertThat(http.get("/prometheus").body())
                    .containsPattern("cpay_webhooks_total\\{disposition=\"RATE_LIMITED\",result=\"limited\"} 2\\.0");
        }
    }

    @Test
    void a_refused_webhook_is_stored_as_digest_length_reason_and_redacted_excerpt_only() {
        try (TestApp app = TestApp.start()) {
            assertThat(post(new Http(app.url()), FORGED).statusCode()).isEqualTo(400);

            assertThat(refused(app)).singleElement().isEqualTo("payload=null"
                    + " body_length=" + FORGED.length()
                    + " body_excerpt={\"merchantId\":\"20003092\",\"orderStatus\":\"14\",\"cardNumber\":"
                    + "\"**** **** **** 1111\",\"cvv\":\"***\",\"sign\":\"00\"}"
                    + " rejection_reason=signature-mismatch: the sign does not match the fields with any accepted key");
        }
    }

    @Test
    void behind_a_trusted_proxy_each_forwarded_client_has_its_own_allowance() {
        try (TestApp app = TestApp.start(Map.of("cpay.webhooks.refused.limit", "1",
                "cpay.webhooks.refused.window", "1h", "cpay.webhooks.trusted-proxies", "127.0.0.1,::1"))) {
            Http http = new Http(app.url());
            assertThat(post(http, FORGED, "X-Forwarded-For", "198.51.100.1").statusCode()).isEqualTo(400);
            assertThat(post(http, FORGED + " ", "X-Forwarded-For", "198.51.100.1").statusCode()).isEqualTo(429);
            assertThat(post(http, FORGED + "  ", "X-Forwarded-For", "198.51.100.2").statusCode()).isEqualTo(400);
            // what the client itself wrote before our proxy's entry does not count
            assertThat(post(http, FORGED + "   ", "X-Forwarded-For", "203.0.113.5, 198.51.100.2").statusCode())
                    .isEqualTo(429);
        }
    }

    private static HttpResponse<String> post(Http http, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.post("/cpay/webhooks", body, all);
    }

    /** Every refused row as "column=value ..." text. */
    private static List<String> refused(TestApp app) {
        return AppDatabase.read(app, c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT payload, body_length, body_excerpt, rejection_reason,"
                         + " body_sha256 FROM webhook_inbox WHERE verified = FALSE ORDER BY id")) {
                while (rs.next()) {
                    assertThat(rs.getString("body_sha256")).matches("[0-9a-f]{64}");
                    rows.add("payload=" + rs.getString("payload") + " body_length=" + rs.getLong("body_length")
                            + " body_excerpt=" + rs.getString("body_excerpt") + " rejection_reason="
                            + rs.getString("rejection_reason"));
                }
            }
            return rows;
        });
    }
}
