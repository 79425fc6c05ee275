package com.cpay.platform.app;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The application starts in its default (sandbox) mode and answers its health endpoint over real HTTP. */
class ApplicationStartsTest {

    @Test
    void the_application_starts_and_reports_itself_up() {
        try (TestApp app = TestApp.start()) {
            HttpResponse<String> response = new Http(app.url()).get("/health");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"UP\"");
        }
    }
}
