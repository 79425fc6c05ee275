package com.cpay.platform.sandbox;

import com.cpay.platform.sandbox.config.SandboxConfig;
import com.cpay.platform.sandbox.signing.EmptyRule;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the simulator standalone: {@code java -jar cpay-sandbox/target/cpay-sandbox.jar}. Port 8090 unless
 * {@code MICRONAUT_SERVER_PORT} (or -Dmicronaut.server.port) says otherwise; merchant from
 * {@code CPAY_SANDBOX_MERCHANT_ID} / {@code CPAY_SANDBOX_SECRET_KEY}.
 */
public final class SandboxApplication {

    private SandboxApplication() {
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "cpay-sandbox-logback.xml");
        }
        Map<String, Object> defaults = new HashMap<>();
        boolean portGiven = System.getenv("MICRONAUT_SERVER_PORT") != null || System.getProperty("micronaut.server.port") != null
                || Arrays.stream(args).anyMatch(arg -> arg.startsWith("--micronaut.server.port") || arg.startsWith("-micronaut.server.port"));
        if (!portGiven) {
            defaults.put("micronaut.server.port", 8090);
        }
        defaults.put("micronaut.serde.serialization.inclusion", "NON_NULL");
        ApplicationContext context = Micronaut.build(args).mainClass(SandboxApplication.class).banner(false)
                .properties(defaults).start();
        SandboxConfig config = context.getBean(SandboxConfig.class);
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        boolean defaultKey = SandboxConfig.DEFAULT_SECRET_KEY.equals(config.getSecretKey());
        System.out.println("C-Pay sandbox listening on " + server.getURL()
                + "\n  C-Pay API:    " + server.getURL() + "/openapi/v1/..."
                + "\n  control API:  " + server.getURL() + "/sandbox/v1/info"
                + "\n  merchantId:   " + config.getMerchantId()
                + "\n  signatures:   signature-empty-rule " + EmptyRule.parse(config.getSignatureEmptyRule()).key()
                + "\n  secret key:   " + (defaultKey ? config.getSecretKey() + " (built-in default; set CPAY_SANDBOX_SECRET_KEY)"
                : "(from configuration, not shown)"));
    }
}
