package com.cpay.platform.app.api;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 500 (an unexpected failure inside the call) is never stored as the Idempotency-Key's answer: its effect is
 * unknown, so the retry with the same key runs again, and only its answer is replayed from then on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerErrorsAreNeverReplayedTest {

    private TestApp app;
    private Http http;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of(FailsOnceController.ENABLED, "true"));
        http = new Http(app.url());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_retry_after_a_500_runs_again_and_its_answer_is_the_one_replayed() {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> failed = http.postJson(FailsOnceController.PATH, "{}", "Idempotency-Key", key);
        HttpResponse<String> retry = http.postJson(FailsOnceController.PATH, "{}", "Idempotency-Key", key);
        HttpResponse<String> again = http.postJson(FailsOnceController.PATH, "{}", "Idempotency-Key", key);

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("urn:cpay-platform:problem:internal-error").doesNotContain("first run");
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("false");
        assertThat(retry.body()).isEqualTo("{\"run\":2}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo("{\"run\":2}");
    }
}
