package com.cpay.platform.client.internal;

import java.nio.file.Path;

/** Names and places of the API contract this module's consumer tests write (contracts/README.md, "Our own API"). */
final class ApiContract {

    static final String CONSUMER = "cpay-internal-client";
    /** The platform's internal API (internal-api.yaml) as served by cpay-app. */
    static final String PROVIDER = "cpay-platform-api";
    static final String PACT_FILE = CONSUMER + "-" + PROVIDER + ".json";

    /** Provider states; cpay-app's InternalApiProviderPactTest sets each up. */
    static final String ORDER_IN_STATUS = "an order exists in a status";
    static final String ORDER_IN_REVIEW = "an order needs review";
    static final String CPAY_REFUSES_NEXT_DEPOSIT = "C-Pay refuses the next deposit";

    /** The module directory (surefire and failsafe run there). */
    static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path GENERATED = MODULE.resolve("target").resolve("pacts").resolve(PACT_FILE);
    static final Path COMMITTED = MODULE.resolveSibling("contracts").resolve("pacts").resolve("api").resolve(PACT_FILE);

    private ApiContract() {
    }
}
