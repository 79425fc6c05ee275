package com.cpay.platform.app.coverage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs after all surefire tests (failsafe, {@code integration-test} phase): every operation of
 * {@code internal-api.yaml} must have been answered 2xx through a running app, and every one of the 12 C-Pay
 * operations of {@code cpay-merchant-api.yaml} must have been called by an app on its embedded simulator and
 * accepted, by some test of this build ({@link ServedRoutesRecorder}, {@link ApiCoverage}). The failure names every
 * operationId missing.
 * <p>
 * Skipped, saying so, when surefire ran only some tests ({@code -Dtest=...}).
 */
class ApiCoverageIT {

    static final String TEST_FILTER_PROPERTY = "cpay.api-coverage.test-filter";

    @Test
    void every_operation_of_both_specs_was_exercised_through_a_running_app() throws IOException {
        String filter = System.getProperty(TEST_FILTER_PROPERTY, "");
        assumeTrue(filter.isBlank() || filter.startsWith("${"),
                () -> "surefire ran only -Dtest=" + filter + ": the API coverage check needs the whole suite");
        Path run = CoverageLog.runDirectory();
        List<Hit> hits = CoverageLog.read(run);
        if (hits.isEmpty()) {
            fail("no API coverage recorded in " + run + " by this build's tests: the surefire tests did not run in "
                    + "this build (run ./mvnw verify -pl cpay-app)");
        }
        List<SpecOperation> internal = SpecOperation.read(Specs.text(Specs.INTERNAL_API));
        List<SpecOperation> cpay = SpecOperation.read(Specs.text(Specs.CPAY_MERCHANT_API));
        String report = ApiCoverage.report(ApiCoverage.internalApiGaps(internal, hits),
                ApiCoverage.cpayGaps(cpay, hits));
        if (!report.isEmpty()) {
            fail(report + "\n(" + hits.size() + " requests recorded in " + run + "; specs read from "
                    + Specs.source(Specs.INTERNAL_API) + " and " + Specs.source(Specs.CPAY_MERCHANT_API) + ")");
        }
    }
}
