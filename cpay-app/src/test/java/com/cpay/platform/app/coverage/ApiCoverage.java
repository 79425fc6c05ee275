package com.cpay.platform.app.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares what the specs declare with what the tests made a running app do.
 * <ul>
 *   <li>An operation of {@code internal-api.yaml} is exercised when some test called it through a running app and
 *   the app answered it with a 2xx status at least once: a test that only ever gets 401, 400 or 500 back has not
 *   exercised it.</li>
 *   <li>A C-Pay operation of {@code cpay-merchant-api.yaml} is exercised when an app's own C-Pay client called it
 *   on an embedded simulator and the simulator accepted it (HTTP 200, envelope {@code code} 0) at least once: a
 *   test calling the simulator directly does not count, nor does a call the simulator refused.</li>
 * </ul>
 */
public final class ApiCoverage {

    private ApiCoverage() {
    }

    /** One operation never exercised, with what was seen of it. */
    public record Gap(SpecOperation operation, String seen) {

        @Override
        public String toString() {
            return operation + ": " + seen;
        }
    }

    public static List<Gap> internalApiGaps(List<SpecOperation> operations, List<Hit> hits) {
        List<Gap> gaps = new ArrayList<>();
        for (SpecOperation operation : operations) {
            List<Hit> of = hits.stream().filter(h -> h.isOf(operation)).toList();
            if (of.stream().anyMatch(h -> h.status() >= 200 && h.status() < 300)) {
                continue;
            }
            gaps.add(new Gap(operation, of.isEmpty() ? "never called"
                    : "called " + of.size() + " time(s), never answered 2xx (answers: " + statuses(of) + ")"));
        }
        return gaps;
    }

    public static List<Gap> cpayGaps(List<SpecOperation> operations, List<Hit> hits) {
        List<Gap> gaps = new ArrayList<>();
        for (SpecOperation operation : operations) {
            List<Hit> of = hits.stream().filter(h -> h.isOf(operation)).toList();
            List<Hit> byApp = of.stream().filter(Hit::fromAppCpayClient).toList();
            if (byApp.stream().anyMatch(h -> h.status() == 200 && Long.valueOf(0).equals(h.cpayCode()))) {
                continue;
            }
            String seen;
            if (of.isEmpty()) {
                seen = "never called";
            } else if (byApp.isEmpty()) {
                seen = "called " + of.size() + " time(s), never by the app's C-Pay client";
            } else {
                seen = "called by the app " + byApp.size() + " time(s), never accepted (answers: "
                        + byApp.stream().map(h -> "HTTP " + h.status() + " code "
                                + (h.cpayCode() == null ? "none" : h.cpayCode()))
                        .collect(Collectors.toCollection(TreeSet::new)) + ")";
            }
            gaps.add(new Gap(operation, seen));
        }
        return gaps;
    }

    /** Empty when nothing is missing; else the message naming every missing operationId. */
    public static String report(List<Gap> internal, List<Gap> cpay) {
        if (internal.isEmpty() && cpay.isEmpty()) {
            return "";
        }
        StringBuilder m = new StringBuilder("API operations no test exercised through a running app");
        if (!internal.isEmpty()) {
            m.append("\ninternal-api.yaml, never answered 2xx through the app: ")
                    .append(internal.stream().map(g -> g.operation().operationId()).collect(Collectors.joining(", ")));
            internal.forEach(g -> m.append("\n  - ").append(g));
        }
        if (!cpay.isEmpty()) {
            m.append("\ncpay-merchant-api.yaml, never called by the app and accepted by the embedded simulator: ")
                    .append(cpay.stream().map(g -> g.operation().operationId()).collect(Collectors.joining(", ")));
            cpay.forEach(g -> m.append("\n  - ").append(g));
        }
        m.append("\nAdd an end-to-end test (src/test/java, real HTTP against TestApp) that makes the app perform "
                + "each.");
        return m.toString();
    }

    private static String statuses(List<Hit> hits) {
        return hits.stream().map(h -> Integer.toString(h.status())).collect(Collectors.toCollection(TreeSet::new))
                .toString().replaceAll("[\\[\\]]", "");
    }
}
