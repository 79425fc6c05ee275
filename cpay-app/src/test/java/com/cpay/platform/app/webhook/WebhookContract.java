package com.cpay.platform.app.webhook;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Names and places of the webhook contract (contracts/README.md, "The webhook contract"): a Pact V4 message pact
 * whose consumer {@value #CONSUMER} is this application's webhook intake and whose provider {@value #PROVIDER} is
 * C-Pay as the sender of section 15 notifications, played in the build by the simulator (cpay-sandbox). The consumer
 * tests write {@code target/pacts/}{@value #PACT_FILE}; the committed copy lives in {@code contracts/pacts/webhooks}
 * (a folder of its own: the HTTP contract's checks in cpay-adapter-http read every file directly in
 * {@code contracts/pacts} as an HTTP pact of their own consumer). The merchant and the test key are those of
 * {@code contracts/pact-merchant.properties}, which the provider test of cpay-sandbox reads too.
 */
final class WebhookContract {

    static final String CONSUMER = "cpay-platform-webhooks";
    static final String PROVIDER = "cpay-notifications";
    static final String PACT_FILE = CONSUMER + "-" + PROVIDER + ".json";

    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    /** The module directory (surefire and failsafe set {@code basedir}). */
    static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path CONTRACTS = MODULE.resolveSibling("contracts");
    static final Path COMMITTED_PACTS = CONTRACTS.resolve("pacts").resolve("webhooks");
    static final Path GENERATED_PACTS = MODULE.resolve("target").resolve("pacts");
    static final Path SPEC = MODULE.resolveSibling("cpay-spec").resolve("src/main/resources/cpay-webhook.yaml");

    static final String MERCHANT_ID;
    static final String SECRET_KEY;
    /** A key that is not the merchant's: a notification must not verify with it. */
    static final String OTHER_KEY = "a-key-that-is-not-the-merchant-key";

    static {
        Properties merchant = new Properties();
        try (Reader in = Files.newBufferedReader(CONTRACTS.resolve("pact-merchant.properties"), StandardCharsets.UTF_8)) {
            merchant.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("contracts/pact-merchant.properties cannot be read", e);
        }
        MERCHANT_ID = merchant.getProperty("merchantId");
        SECRET_KEY = merchant.getProperty("secretKey");
    }

    private WebhookContract() {
    }
}
