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
import com.cpay.platform.chaos.support.Metrics;
import com.cpay.platform.chaos.support.Pause;
import com.cpay.platform.chaos.support.Simulator;
import com.cpay.platform.chaos.support.Violations;
import com.cpay.platform.chaos.support.WebhookRelay;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * (b) Two app instances on one PostgreSQL database. Every webhook C-Pay sends reaches both at the same moment
 * (a relay forwards it to both and acknowledges C-Pay only when both said OK); the webhooks of one order in three
 * (of every kind) are lost on the way, so only reconciliation, which both instances run every second, can settle
 * those.
 * Then: every order the instances answered for exists once and ends in C-Pay's status, never moving backwards;
 * the lost ones were settled by an order query; no correctly signed webhook is refused; C-Pay has one order per
 * merchantTradeNo and no money out twice; no card number is stored or logged.
 */
class TwoInstancesIT {

    private static final int ORDERS = 36;
    private static final List<Creation> KINDS = List.of(Creation.DEPOSIT, Creation.CRYPTO_PAYOUT,
            Creation.PIX_PAYOUT, Creation.CARD_PAYMENT, Creation.CARD_ORDER, Creation.EXCHANGE);
    private static final Map<String, String> RECONCILIATION = Map.of("cpay.reconciliation.enabled", "true",
            "cpay.reconciliation.initial-delay", "1s", "cpay.reconciliation.interval", "1s",
            "cpay.reconciliation.min-age", "2s", "cpay.reconciliation.batch-size", "5",
            "cpay.reconciliation.lease", "30s");

    @Test
    void two_instances_take_the_same_webhooks_and_both_reconcile() throws Exception {
        Database.assumePostgres("two-instances-pg");
        Figures.Scenario figures = Figures.start("two-instances-pg").put("database", "PostgreSQL");
        Violations violations = new Violations();
        Path dir = ChaosPaths.scenarioDir("two-instances");
        try (Database database = Database.postgres(); WebhookRelay relay = WebhookRelay.start();
             Simulator simulator = Simulator.start(dir.resolve("simulator"), "chaos-" + UUID.randomUUID(),
                     relay.url(), Map.of())) {
            CompletableFuture<App> startA = CompletableFuture.supplyAsync(() -> App.start("app-a",
                    dir.resolve("app-a"), ChildProcess.freePort(), simulator, database, RECONCILIATION));
            CompletableFuture<App> startB = CompletableFuture.supplyAsync(() -> App.start("app-b",
                    dir.resolve("app-b"), ChildProcess.freePort(), simulator, database, RECONCILIATION));
            try (App a = startA.join(); App b = startB.join()) {
                figures.lap("started");
                List<Api> apis = List.of(a.api(), b.api());
                relay.forwardTo(a.api(), b.api());
                List<Call> calls = new ArrayList<>();
                Set<String> lost = ConcurrentHashMap.newKeySet();
                for (int i = 0; i < ORDERS; i++) {
                    String tradeNo = Creation.newTradeNo("two");
                    calls.add(Call.of(KINDS.get(i % KINDS.size()), tradeNo));
                    // every kind in the first and fourth round: the webhooks of 12 orders of all kinds are lost
                    if ((i / KINDS.size()) % 3 == 0) {
                        lost.add(tradeNo);
                    }
                }
                relay.swallow(body -> lost.stream().anyMatch(body::contains));
                createOnBoth(calls, apis);
                for (Call call : calls) {
                    Answer answer = call.first().orElse(null);
                    violations.check(answer != null && answer.status() == 201, "order not created",
                            call + ": " + answer);
                }

                figures.lap("created");
                boolean cpayDone = Pause.until(() -> simulator.orders().stream()
                        .allMatch(o -> Invariants.TERMINAL.contains(o.status())), Duration.ofSeconds(40));
                violations.check(cpayDone, "C-Pay orders not final", "after 40 s");
                Map<String, String> atCpay = simulator.orders().stream().filter(o -> o.merchantTradeNo() != null)
                        .collect(Collectors.toMap(OrderView::merchantTradeNo, OrderView::status));
                Function<String, Map<String, Object>> order = no -> apis.get(Math.abs(no.hashCode()) % 2)
                        .get("/api/v1/orders/" + no).json();
                boolean settled = Pause.until(() -> calls.stream().allMatch(c -> atCpay.getOrDefault(
                        c.givenTradeNo().orElseThrow(), "?").equals(order.apply(c.givenTradeNo().orElseThrow())
                        .get("status"))), Duration.ofSeconds(60));
                figures.lap("settled");
                long settledByQuery = 0;
                for (Call call : calls) {
                    String tradeNo = call.givenTradeNo().orElseThrow();
                    Map<String, Object> now = order.apply(tradeNo);
                    violations.check(settled || atCpay.getOrDefault(tradeNo, "?").equals(now.get("status")),
                            "app and C-Pay disagree", tradeNo + ": C-Pay " + atCpay.get(tradeNo) + ", app "
                                    + now.get("status"));
                    Invariants.neverBackwards(tradeNo, now, violations);
                    boolean byQuery = String.valueOf(now.get("history")).contains("ORDER_QUERY");
                    boolean finalAtCreation = call.first().flatMap(answer -> answer.field("status"))
                            .filter(Invariants.TERMINAL::contains).isPresent();
                    if (lost.contains(tradeNo) && !finalAtCreation) {
                        violations.check(byQuery, "lost webhook not settled by reconciliation",
                                tradeNo + " history " + now.get("history"));
                        settledByQuery += byQuery ? 1 : 0;
                    }
                }
                Invariants.ordersExist(a.api(), atCpay.keySet(), violations);
                Invariants.oneCpayOrderPerTradeNo(simulator, a.api(), violations);
                Invariants.moneyOutSentAtMostOnce(simulator.requests(), violations);
                relay.targetAnswers().forEach((answer, count) -> violations.check(!answer.startsWith("4")
                        && !answer.startsWith("5") || answer.startsWith("503"), "genuine webhook refused",
                        count + " x " + answer));
                Map<String, Long> inbox = Invariants.inboxStates(database);
                violations.check(!inbox.containsKey("RECEIVED") && !inbox.containsKey("FAILED"),
                        "webhook left unhandled in the inbox", inbox.toString());
                simulator.logGaps().forEach(g -> violations.add("simulator log incomplete", g));

                figures.add("orders", calls.size()).add("duplicates", relay.forwarded())
                        .put("lostWebhooks", relay.swallowed()).put("settledByReconciliation", settledByQuery)
                        .put("reconciledByA", Metrics.sum(a.api(), "cpay_reconciliation_orders_total"))
                        .put("reconciledByB", Metrics.sum(b.api(), "cpay_reconciliation_orders_total"))
                        .put("instanceAnswers", relay.targetAnswers().toString().replace(' ', '_'))
                        .put("inbox", inbox.toString().replace(' ', '_'));
                a.stop();
                b.stop();
                figures.lap("stopped");
                try (Connection connection = database.connect()) {
                    Invariants.noDuplicateOrders(connection, violations);
                }
                var scan = Invariants.noCardNumbers(database,
                        List.of(a.dir(), b.dir(), dir.resolve("simulator")), violations);
                figures.put("cellsScanned", scan.cellsRead()).put("filesScanned", scan.filesRead());
            }
        } finally {
            figures.finish(violations);
        }
        violations.assertNone("two-instances-pg");
    }

    /** The calls sent four at a time, alternately to each instance. */
    private static void createOnBoth(List<Call> calls, List<Api> apis) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            Api api = apis.get(i % 2);
            pool.submit(() -> call.send(api));
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
    }
}
