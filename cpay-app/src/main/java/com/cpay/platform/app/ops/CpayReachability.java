package com.cpay.platform.app.ops;

import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Health indicator {@code cpay}: whether a TCP connection to C-Pay's host ({@code cpay.base-url}) opens within 2 s.
 * It sends nothing (no signed call, no quota used). Details: host, port and connect time, never credentials.
 */
@Singleton
public class CpayReachability extends AbstractHealthIndicator<Map<String, Object>> {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final URI baseUrl;

    public CpayReachability(@Value("${cpay.base-url:`https://sandbox-api.cpay.ltd`}") URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        String host = baseUrl.getHost();
        int port = baseUrl.getPort() > 0 ? baseUrl.getPort() : "https".equalsIgnoreCase(baseUrl.getScheme()) ? 443 : 80;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("host", host);
        details.put("port", port);
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) TIMEOUT.toMillis());
            details.put("connectMillis", (System.nanoTime() - start) / 1_000_000);
            healthStatus = HealthStatus.UP;
        } catch (IOException | IllegalArgumentException e) {
            details.put("error", e.getClass().getSimpleName());
            healthStatus = HealthStatus.DOWN;
        }
        return details;
    }

    @Override
    protected String getName() {
        return "cpay";
    }
}
