package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.support.CpayTestContext;
import com.cpay.platform.adapter.http.support.RecordingServer;
import com.cpay.platform.adapter.http.support.RecordingServer.Received;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One loopback server that checks signatures, and one context wired to it, per test class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GatewayTestBase {

    protected RecordingServer server;
    protected ApplicationContext context;
    protected Ports ports;

    /** Extra {@code cpay.*} properties of the test class. */
    protected Map<String, Object> properties() {
        return Map.of();
    }

    @BeforeAll
    void startAll() throws IOException {
        server = new RecordingServer().verifyingWith(CpayTestContext.VERIFIER);
        context = CpayTestContext.start(server, properties());
        ports = Ports.of(context);
    }

    @BeforeEach
    void resetServer() {
        server.reset();
    }

    @AfterAll
    void stopAll() {
        context.close();
        server.close();
    }

    /** The single request of the test, after checking its signature verified over what the server received. */
    protected Received onlyRequest() {
        List<Received> all = server.received();
        assertThat(all).hasSize(1);
        Received request = all.get(0);
        assertThat(request.signatureValid()).as("sign verified over the received parameters").isTrue();
        return request;
    }

    /** The received parameters but {@code sign}, which must be 64 lowercase hex characters. */
    protected static Map<String, String> paramsWithoutSign(Received request) {
        Map<String, String> params = new HashMap<>(request.decodedParameters());
        assertThat(params.remove("sign")).matches("[0-9a-f]{64}");
        return params;
    }
}
