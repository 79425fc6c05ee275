package com.cpay.platform.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The application starts on a free port and answers its health endpoint over real HTTP. */
class ApplicationStartsTest {

    @Test
    void the_application_starts_and_reports_itself_up() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", "-1"));
             HttpClient client = HttpClient.create(server.getURL())) {
            HttpResponse<String> response = client.toBlocking().exchange("/health", String.class);
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"UP\"");
        }
    }
}
