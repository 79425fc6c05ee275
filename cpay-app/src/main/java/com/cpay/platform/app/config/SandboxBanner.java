package com.cpay.platform.app.config;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.type.Argument;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

/**
 * In sandbox mode with the development token, prints where the application runs, the token, a curl command
 * that creates a deposit and, when no console account is configured, the operator console's development login, straight to standard output (it is an instruction for a developer, not a log line).
 */
@Singleton
public class SandboxBanner implements ApplicationEventListener<ServerStartupEvent> {

    private final AppMode mode;
    private final Environment environment;
    private final boolean simulator;
    private final PrintStream out;

    public SandboxBanner(AppMode mode, Environment environment,
                         @Value("${cpay.sandbox.enabled:false}") boolean simulator) {
        this(mode, environment, simulator, System.out);
    }

    SandboxBanner(AppMode mode, Environment environment, boolean simulator, PrintStream out) {
        this.mode = mode;
        this.environment = environment;
        this.simulator = simulator;
        this.out = out;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        List<String> tokens = environment.getProperty("cpay.api-tokens", Argument.listOf(String.class))
                .orElse(List.of());
        if (mode.isLive() || !tokens.contains(ModeDefaults.DEVELOPMENT_TOKEN)) {
            return;
        }
        String url = "http://localhost:" + event.getSource().getPort();
        String token = ModeDefaults.DEVELOPMENT_TOKEN;
        out.println();
        out.println("C-Pay platform in SANDBOX mode on " + url
                + (simulator ? " (C-Pay simulator embedded: " + url + "/openapi/v1, control API " + url
                + "/sandbox/v1)" : ""));
        out.println("  development API token: " + token);
        out.println("  API description: " + url + "/swagger-ui/   health: " + url + "/health");
        if (environment.getPropertyEntries(ModeDefaults.CONSOLE_OPERATORS).isEmpty()) {
            out.println("  operator console: " + url + "/console/  (development login: "
                    + ModeDefaults.DEVELOPMENT_OPERATOR + " / " + ModeDefaults.DEVELOPMENT_OPERATOR_PASSWORD + ")");
        }
        out.println("  create a deposit:");
        out.println("    curl -s -X POST " + url + "/api/v1/deposits -H 'Authorization: Bearer " + token + "' \\");
        out.println("      -H 'Idempotency-Key: " + UUID.randomUUID() + "' -H 'Content-Type: application/json' \\");
        out.println("      -d '{\"userId\":\"user-1\",\"cryptoCurrency\":\"USDT\",\"amount\":\"25\"}'");
        out.println();
        out.flush();
    }
}
