package com.cpay.platform.sandbox;

import com.cpay.platform.sandbox.support.CpayHttp;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/cpay-sandbox.jar} starts the simulator on MICRONAUT_SERVER_PORT with the merchant and the
 * signature reading of the environment.
 */
class StandaloneJarIT {

    @Test
    void the_runnable_jar_starts_and_answers() throws Exception {
        Path jar = Path.of("target", "cpay-sandbox.jar");
        assertThat(jar).exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("cpay-sandbox", ".log");
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        builder.environment().put("CPAY_SANDBOX_MERCHANT_ID", "777");
        builder.environment().put("CPAY_SANDBOX_SECRET_KEY", "it-secret");
        builder.environment().put("CPAY_SANDBOX_SIGNATURE_EMPTY_RULE", "php");
        Process process = builder.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            Instant end = Instant.now().plusSeconds(60);
            while (true) {
                try {
                    HttpResponse<String> info = http.send(HttpRequest.newBuilder(base.resolve("/sandbox/v1/info")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(info.body()).contains("\"merchantId\":\"777\"").contains("\"signatureEmptyRule\":\"php\"");
                    break;
                } catch (java.io.IOException notYet) {
                    assertThat(Instant.now()).as(Files.readString(log)).isBefore(end);
                    Thread.sleep(200);
                }
            }
            assertThat(new CpayHttp(base, "777", "it-secret").get("getMerchantBalance", Map.of()).code()).isZero();
            assertThat(Files.readString(log)).contains("merchantId:   777").contains("signature-empty-rule php")
                    .doesNotContain("it-secret");
        } finally {
            process.destroy();
            process.waitFor();
        }
    }
}
