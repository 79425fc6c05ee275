package com.cpay.platform.chaos;

import com.cpay.platform.chaos.support.Answer;
import com.cpay.platform.chaos.support.Api;
import com.cpay.platform.chaos.support.App;
import com.cpay.platform.chaos.support.Call;
import com.cpay.platform.chaos.support.ChaosPaths;
import com.cpay.platform.chaos.support.ChildProcess;
import com.cpay.platform.chaos.support.Creation;
import com.cpay.platform.chaos.support.Database;
import com.cpay.platform.chaos.support.Figures;
import com.cpay.platform.chaos.support.Invariants;
import com.cpay.platform.chaos.support.Pause;
import com.cpay.platform.chaos.support.Simulator;
import com.cpay.platform.chaos.support.Violations;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * (a) The app is killed with SIGKILL in the middle of a burst of concurrent creations (deposits, crypto payouts,
 * hosted card orders, direct card payments), each with its own Idempotency-Key, while C-Pay answers slowly; it is
 * started again on the same database and every request is sent again with its same key and body.
 * Then: every retry gets a final answer (not 409) within 60 s of the restart, with the default lease
 * ({@code cpay.idempotency.lease} 15 s); a request answered before the kill is answered the same again; every
 * order answered for exists exactly once; C-Pay has at most one order per merchantTradeNo and no money out twice;
 * no card number is stored or logged. On the default H2 file database and on PostgreSQL.
 */
class KillMidBurstIT {

    private static final int WRITERS = 6;
    private static final int ANSWERS_BEFORE_KILL = 45;
    private static final Duration RESOLUTION = Duration.ofSeconds(60);
    private static final List<Creation> BURST = List.of(Creation.DEPOSIT, Creation.CRYPTO_PAYOUT,
            Creation.CARD_ORDER, Creation.CARD_PAYMENT);

    @Test
    void kill_9_mid_burst_on_h2() throws Exception {
        Path dir = ChaosPaths.scenarioDir("kill-h2");
        run("kill-mid-burst-h2", dir, Database.h2(dir.resolve("app")));
    }

    @Test
    void kill_9_mid_burst_on_postgresql() throws Exception {
        Database.assumePostgres("kill-mid-burst-pg");
        try (Database database = Database.postgres()) {
            run("kill-mid-burst-pg", ChaosPaths.scenarioDir("kill-pg"), database);
        }
    }

    private void run(String scenario, Path dir, Database database) throws Exception {
        Figures.Scenario figures = Figures.start(scenario).put("database", database.kind());
        Violations violations = new Violations();
        int port = ChildProcess.freePort();
        Path appDir = dir.resolve("app");
        List<Call> calls;
        try (Simulator simulator = Simulator.start(dir.resolve("simulator"), secret(),
                java.net.URI.create("http://localhost:" + port + "/cpay/webhooks"), Map.of())) {
            App first = App.start("app", appDir, port, simulator, database, Map.of());
            // C-Pay answers slowly: the kill catches calls waiting on it, some of them already processed there
            simulator.control().addFault(new FaultSpec("*", FaultKind.LATENCY, null, 0.5, 400L, null, null, null));
            Burst burst = new Burst(first.api());
            burst.start();
            boolean reached = Pause.until(() -> burst.answered() >= ANSWERS_BEFORE_KILL, Duration.ofSeconds(60));
            violations.check(reached, "burst too slow", burst.answered() + " answers in 60 s");
            first.kill();
            figures.add("kills", 1).lap("killed");
            calls = burst.stop();
            simulator.control().clearFaults();

            App second = first.restart();
            Instant restarted = Instant.now();
            figures.lap("restarted");
            retryAll(second.api(), calls, restarted, violations);
            checkAnswers(calls, violations);
            figures.lap("resolved");

            Api api = second.api();
            Collection<String> answered = calls.stream().filter(c -> c.retried().isPresent())
                    .map(Call::tradeNo).flatMap(Optional::stream).toList();
            Invariants.ordersExist(api, answered, violations);
            Invariants.oneCpayOrderPerTradeNo(simulator, api, violations);
            Invariants.moneyOutSentAtMostOnce(simulator.requests(), violations);
            simulator.logGaps().forEach(g -> violations.add("simulator log incomplete", g));
            long unknownNotOnOrder = unknownNotOnOrder(api, calls);
            if (unknownNotOnOrder > 0) {
                violations.add("a retry answered outcome unknown and its order says so",
                        unknownNotOnOrder + " order(s) plain PENDING after the retry");
            }
            second.stop();

            try (Connection connection = database.connect()) {
                Invariants.noDuplicateOrders(connection, violations);
            }
            var scan = Invariants.noCardNumbers(database, List.of(appDir, dir.resolve("simulator")), violations);

            long inFlight = calls.stream().filter(Call::unanswered).count();
            figures.add("orders", answered.size()).put("requests", calls.size())
                    .put("answeredBeforeKill", calls.size() - inFlight).put("inFlightAtKill", inFlight)
                    .put("slowestResolutionMs", calls.stream().filter(Call::unanswered)
                            .map(Call::resolvedIn).flatMap(Optional::stream).mapToLong(Duration::toMillis).max()
                            .orElse(0))
                    .put("retryAnswers", statusCounts(calls))
                    .put("unknownNotOnOrder", unknownNotOnOrder)
                    .put("cpayRequests", simulator.requests().size())
                    .put("cellsScanned", scan.cellsRead()).put("filesScanned", scan.filesRead());
        } finally {
            figures.finish(violations);
        }
        violations.assertNone(scenario);
    }

    /** Every request again, same key and body, until each has a final answer or 60 s have passed. */
    private static void retryAll(Api api, List<Call> calls, Instant since, Violations violations)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        for (Call call : calls) {
            pool.submit(() -> {
                if (!call.retryUntilFinal(api, since, RESOLUTION)) {
                    violations.add("key not resolved within 60 s of the restart",
                            call + ": last answer " + call.retried().map(Answer::toString).orElse("none"));
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(RESOLUTION.toSeconds() + 30, TimeUnit.SECONDS)) {
            violations.add("retries did not finish", "still running after " + RESOLUTION.plusSeconds(30));
            pool.shutdownNow();
        }
    }

    /**
     * A request answered before the kill is answered the same again (a replay); one cut by the kill is answered
     * from its order as it is now: 201, 502 (C-Pay refused), or 503 naming the order (outcome unknown or never
     * sent). Never a stack trace; a given merchantTradeNo is the one answered.
     */
    private static void checkAnswers(List<Call> calls, Violations violations) {
        for (Call call : calls) {
            Optional<Answer> retry = call.retried();
            if (retry.isEmpty()) {
                continue;
            }
            Answer answer = retry.get();
            violations.check(!answer.showsInternals(), "answer shows internals", call + ": " + answer);
            Optional<Answer> first = call.first();
            if (first.isPresent()) {
                Answer before = first.get();
                if (before.status() < 500) {
                    violations.check(answer.replayed() && answer.status() == before.status()
                                    && answer.body().equals(before.body()), "answer not replayed",
                            call + ": before the kill " + before + ", after " + answer);
                }
                violations.check(before.status() != 500, "server error", call + ": " + before);
            }
            boolean fromOrder = answer.status() == 201 || answer.status() == 502 || answer.status() == 503;
            violations.check(fromOrder, "unexpected answer after the restart", call + ": " + answer);
            if (fromOrder) {
                violations.check(answer.merchantTradeNo().isPresent(), "answer names no order", call + ": " + answer);
                call.givenTradeNo().ifPresent(given -> violations.check(
                        given.equals(answer.merchantTradeNo().orElse(null)), "answer names another order",
                        call + ": " + answer));
            }
            if (answer.status() == 503) {
                violations.check(answer.field("outcomeUnknown").isPresent(), "503 without outcomeUnknown",
                        call + ": " + answer);
            }
        }
    }

    /**
     * Retries answered 503 {@code outcomeUnknown: true} whose order, read with GET, carries no {@code outcomeUnknown}.
     * The retry that takes over a dead call's key looks the order up and marks it, so that it is looked up, reviewed
     * and resubmittable at once; before that fix such an order stayed plain PENDING for the reconciliation grace
     * period (an hour) and could not be resubmitted.
     */
    private static long unknownNotOnOrder(Api api, List<Call> calls) {
        return calls.stream().map(Call::retried).flatMap(Optional::stream)
                .filter(answer -> answer.status() == 503 && "true".equals(answer.field("outcomeUnknown").orElse("")))
                .filter(answer -> !api.get("/api/v1/orders/" + answer.merchantTradeNo().orElse("-")).json()
                        .containsKey("outcomeUnknown"))
                .count();
    }

    private static Map<Integer, Long> statusCounts(List<Call> calls) {
        return calls.stream().map(Call::retried).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.groupingBy(Answer::status, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
    }

    private static String secret() {
        return "chaos-" + UUID.randomUUID();
    }

    /** Writers creating orders until stopped or until the app stops answering. */
    private static final class Burst {
        private final Api api;
        private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicInteger sequence = new AtomicInteger();

        Burst(Api api) {
            this.api = api;
        }

        void start() {
            for (int i = 0; i < WRITERS; i++) {
                writers.submit(this::write);
            }
        }

        int answered() {
            return answered.get();
        }

        private void write() {
            while (!stop.get()) {
                int n = sequence.getAndIncrement();
                Creation creation = BURST.get(n % BURST.size());
                // one in four leaves the number to the app: the retry must find the one it generated
                Call call = Call.of(creation, n % 4 == 3 ? null : Creation.newTradeNo("kill"));
                calls.add(call);
                if (call.send(api) == null) {
                    return;
                }
                answered.incrementAndGet();
            }
        }

        List<Call> stop() throws InterruptedException {
            stop.set(true);
            writers.shutdown();
            writers.awaitTermination(60, TimeUnit.SECONDS);
            return new ArrayList<>(calls).stream().filter(Objects::nonNull).toList();
        }
    }
}
