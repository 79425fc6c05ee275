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
import com.cpay.platform.chaos.support.WebhookRelay;
import com.cpay.platform.chaos.support.WebhookRelay.Delivery;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * (d) 1,000 webhooks, each a genuine notification signed by the simulator with its secret key, sent to the app
 * duplicated, shuffled (so later statuses arrive before earlier ones) and eight at a time. The simulator's own
 * deliveries went to a recorder, so the app sees every notification for the first time in the storm.
 * Then: every delivery is answered OK (after C-Pay-style redeliveries of a FAIL); every order ends in C-Pay's final
 * status and never moves backwards; each no-order deposit is booked once; the inbox holds each notification once,
 * processed; C-Pay has one order per merchantTradeNo and no money out twice; no card number is stored or logged.
 * On PostgreSQL when it answers, else on the default H2 file.
 */
class WebhookStormIT {

    private static final int DELIVERIES = 1000;
    private static final int SENDERS = 8;
    private static final int ORDERS = 30;
    private static final int DEPOSITS_WITHOUT_ORDER = 4;
    private static final int REDELIVERIES = 10;
    private static final List<Creation> KINDS = List.of(Creation.DEPOSIT, Creation.CRYPTO_PAYOUT,
            Creation.PIX_PAYOUT, Creation.CARD_PAYMENT, Creation.CARD_ORDER);

    @Test
    void a_thousand_duplicate_and_out_of_order_webhooks() throws Exception {
        Path dir = ChaosPaths.scenarioDir("storm");
        Path appDir = dir.resolve("app");
        boolean postgres = Database.postgresUnavailable().isEmpty();
        String scenario = postgres ? "webhook-storm-pg" : "webhook-storm-h2";
        Figures.Scenario figures = Figures.start(scenario);
        Violations violations = new Violations();
        long seed = System.nanoTime();
        try (Database database = postgres ? Database.postgres() : Database.h2(appDir);
             WebhookRelay recorder = WebhookRelay.start();
             Simulator simulator = Simulator.start(dir.resolve("simulator"), "chaos-" + UUID.randomUUID(),
                     recorder.url(), Map.of());
             App app = App.start("app", appDir, ChildProcess.freePort(), simulator, database, Map.of())) {
            figures.put("database", database.kind()).put("seed", seed);
            Api api = app.api();
            List<String> tradeNos = createOrders(api, simulator, violations);
            boolean recorded = Pause.until(() -> everyFinalWebhookDelivered(simulator), Duration.ofSeconds(40));
            violations.check(recorded, "C-Pay did not finish its webhooks", "after 40 s");

            List<Delivery> unique = new ArrayList<>(new LinkedHashSet<>(recorder.received()));
            List<Delivery> storm = storm(unique, new Random(seed));
            Map<String, Long> answers = new ConcurrentHashMap<>();
            AtomicLong redeliveries = new AtomicLong();
            send(api, storm, answers, redeliveries, violations);

            Map<String, OrderView> atCpay = simulator.orders().stream().filter(o -> o.merchantTradeNo() != null)
                    .collect(Collectors.toMap(OrderView::merchantTradeNo, o -> o));
            for (String tradeNo : tradeNos) {
                Map<String, Object> order = api.get("/api/v1/orders/" + tradeNo).json();
                String expected = atCpay.containsKey(tradeNo) ? atCpay.get(tradeNo).status() : "(no order)";
                violations.check(expected.equals(order.get("status")), "app and C-Pay disagree",
                        tradeNo + ": C-Pay " + expected + ", app " + order.get("status"));
                Invariants.neverBackwards(tradeNo, order, violations);
            }
            for (int i = 0; i < DEPOSITS_WITHOUT_ORDER; i++) {
                Invariants.depositBookedOnce(api, simulator, "chaos-storm-" + i, violations);
            }
            Invariants.oneCpayOrderPerTradeNo(simulator, api, violations);
            Invariants.moneyOutSentAtMostOnce(simulator.requests(), violations);
            simulator.logGaps().forEach(g -> violations.add("simulator log incomplete", g));
            app.stop();

            Map<String, Long> inbox = Invariants.inboxStates(database);
            violations.check(inbox.getOrDefault("ALL", 0L) == unique.size(), "notification stored twice or lost",
                    "inbox holds " + inbox + " for " + unique.size() + " distinct notifications");
            violations.check(inbox.getOrDefault("PROCESSED", 0L) == unique.size(), "notification not processed",
                    inbox.toString());
            try (Connection connection = database.connect()) {
                Invariants.noDuplicateOrders(connection, violations);
            }
            var scan = Invariants.noCardNumbers(database, List.of(appDir, dir.resolve("simulator")),
                    violations);
            figures.add("orders", tradeNos.size() + DEPOSITS_WITHOUT_ORDER).put("webhooks", storm.size())
                    .add("duplicates", storm.size() - unique.size()).put("distinct", unique.size())
                    .put("outOfOrder", outOfOrder(storm)).put("redeliveries", redeliveries.get())
                    .put("answers", new TreeMap<>(answers).toString().replace(' ', '_'))
                    .put("inbox", inbox.toString().replace(' ', '_'))
                    .put("cellsScanned", scan.cellsRead()).put("filesScanned", scan.filesRead());
        } finally {
            figures.finish(violations);
        }
        violations.assertNone(scenario);
    }

    /** Orders of every kind that gets webhooks, and no-order deposits made at C-Pay directly. */
    private static List<String> createOrders(Api api, Simulator simulator, Violations violations) {
        List<String> tradeNos = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            Call call = Call.of(KINDS.get(i % KINDS.size()), Creation.newTradeNo("storm"));
            Answer answer = call.send(api);
            violations.check(answer != null && answer.status() == 201, "order not created", call + ": " + answer);
            tradeNos.add(call.givenTradeNo().orElseThrow());
        }
        for (int i = 0; i < DEPOSITS_WITHOUT_ORDER; i++) {
            simulator.control().deposit("chaos-storm-" + i, null, "USDT", "2", null);
        }
        return tradeNos;
    }

    /** C-Pay's last webhook of every order (its final status) reached the recorder. */
    private static boolean everyFinalWebhookDelivered(Simulator simulator) {
        List<OrderView> orders = simulator.orders();
        if (orders.size() < ORDERS + DEPOSITS_WITHOUT_ORDER
                || !orders.stream().allMatch(o -> Invariants.TERMINAL.contains(o.status()))) {
            return false;
        }
        Set<String> delivered = simulator.webhooks().stream().filter(a -> "delivered".equals(a.outcome()))
                .map(a -> a.orderId() + " " + a.orderStatus()).collect(Collectors.toSet());
        return orders.stream().allMatch(o -> delivered.contains(o.orderId() + " " + o.status())
                || delivered.contains(o.orderId() + " " + o.statusCode()));
    }

    /** Every distinct notification at least once, the rest drawn at random, all shuffled. */
    private static List<Delivery> storm(List<Delivery> unique, Random random) {
        List<Delivery> storm = new ArrayList<>(unique);
        while (storm.size() < DELIVERIES) {
            storm.add(unique.get(random.nextInt(unique.size())));
        }
        Collections.shuffle(storm, random);
        return storm;
    }

    /** Eight senders; a FAIL (503) is delivered again as C-Pay would, up to ten times; any other answer is wrong. */
    private static void send(Api api, List<Delivery> storm, Map<String, Long> answers, AtomicLong redeliveries,
                             Violations violations) throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        for (Delivery delivery : storm) {
            senders.submit(() -> {
                for (int attempt = 0; attempt <= REDELIVERIES; attempt++) {
                    Answer answer = api.webhook(delivery.contentType(), delivery.body());
                    answers.merge(answer.status() + "_" + answer.body().strip(), 1L, Long::sum);
                    if (answer.status() == 200 && answer.body().strip().equalsIgnoreCase("OK")) {
                        return;
                    }
                    if (answer.status() != 503) {
                        violations.add("genuine webhook refused", answer + " for " + delivery.body());
                        return;
                    }
                    redeliveries.incrementAndGet();
                    Pause.millis(200);
                }
                violations.add("webhook never accepted", delivery.body());
            });
        }
        senders.shutdown();
        if (!senders.awaitTermination(3, TimeUnit.MINUTES)) {
            violations.add("storm did not finish", "in 3 minutes");
            senders.shutdownNow();
        }
    }

    /** Deliveries that arrived after a later status of the same order had already been sent. */
    private static long outOfOrder(List<Delivery> storm) {
        Map<String, Integer> furthest = new HashMap<>();
        long late = 0;
        for (Delivery delivery : storm) {
            String order = field(delivery.body(), "orderId");
            int rank = rank(field(delivery.body(), "orderStatus"));
            Integer seen = furthest.get(order);
            if (seen != null && seen > rank) {
                late++;
            }
            furthest.merge(order, rank, Math::max);
        }
        return late;
    }

    private static String field(String json, String name) {
        Object value = new Answer(200, json, false).json().get(name);
        return String.valueOf(value);
    }

    private static int rank(String statusCode) {
        return switch (statusCode) {
            case "0" -> 0;
            case "11" -> 1;
            default -> 2;
        };
    }
}
