package com.cpay.platform.adapter.http.pact;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Names and places of the C-Pay contract (contracts/README.md): consumer {@value #CONSUMER}, provider
 * {@value #PROVIDER}, the pact file the consumer tests write to {@code target/pacts}, its committed copy in
 * {@code contracts/pacts}, and the merchant of {@code contracts/pact-merchant.properties}, which the provider test
 * of cpay-sandbox reads too.
 */
final class PactContract {

    static final String CONSUMER = "cpay-platform";
    static final String PROVIDER = "cpay";
    static final String PACT_FILE = CONSUMER + "-" + PROVIDER + ".json";

    /** The module directory (surefire and failsafe run there; {@code basedir} is set by both). */
    static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path CONTRACTS = MODULE.resolveSibling("contracts");
    static final Path COMMITTED_PACTS = CONTRACTS.resolve("pacts");
    static final Path GENERATED_PACTS = MODULE.resolve("target").resolve("pacts");
    static final Path SPEC = MODULE.resolveSibling("cpay-spec")
            .resolve("src/main/resources/cpay-merchant-api.yaml");

    static final String MERCHANT_ID;
    static final String SECRET_KEY;
    /** A merchant id the simulator does not know. */
    static final String UNKNOWN_MERCHANT_ID = "99999999";
    /** A key that is not the merchant's: signatures made with it do not verify. */
    static final String WRONG_KEY = "a-key-cpay-does-not-know";

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

    private PactContract() {
    }
}
