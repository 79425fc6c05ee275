package com.cpay.platform.chaos;

import com.cpay.platform.chaos.support.Answer;
import com.cpay.platform.chaos.support.Api;
import com.cpay.platform.chaos.support.App;
import com.cpay.platform.chaos.support.ChaosPaths;
import com.cpay.platform.chaos.support.ChildProcess;
import com.cpay.platform.chaos.support.Creation;
import com.cpay.platform.chaos.support.Database;
import com.cpay.platform.chaos.support.Figures;
import com.cpay.platform.chaos.support.Metrics;
import com.cpay.platform.chaos.support.Pause;
import com.cpay.platform.chaos.support.Simulator;
import com.cpay.platform.chaos.support.Violations;
import com.cpay.platform.kafka.testkit.KafkaBroker;
import com.cpay.platform.kafka.testkit.TopicReader;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * (e) Two app instances on one PostgreSQL database, both with the Kafka relay on, a real broker, and a stream of
 * orders to both. The instance holding the relay's lease is killed with SIGKILL in the middle of the stream (it may
 * be in the middle of a publish). The other takes the lease over once it ran out and goes on from the last recorded
 * position. Then: the topic holds every event {@code GET /api/v1/events} lists; each order's events are first seen
 * in their sequence order; a repeat (the holder died between the broker's acknowledgement and recording it) carries
 * the same id and the same bytes.
 */
class KafkaRelayTakeoverIT {

    private static final String SCENARIO = "kafka-relay-takeover-pg";
    private static final String TOPIC = "cpay.order-events";
    private static final int ORDERS_BEFORE_KILL = 24;
    private static final int ORDERS_AFTER_KILL = 16;
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(30);
    private static final Map<String, String> RELAY = Map.of("cpay.events.relay.initial-delay", "0s",
            "cpay.events.relay.batch-size", "20");
    private static final JsonMapper JSON = JsonMapper.createDefault();

    @Test
    void the_relay_s_holder_killed_mid_stream_loses_no_event_and_reorders_none() throws Exception {
        Database.assumePostgres(SCENARIO);
        Figures.Scenario figures = Figures.start(SCENARIO).put("database", "PostgreSQL");
        Violations violations = new Violations();
        Path dir = ChaosPaths.scenarioDir("kafka-relay");
        int portA = ChildProcess.freePort();
        int portB = ChildProcess.freePort();
        URI webhooksAtB = URI.create("http://localhost:" + portB + "/cpay/webhooks");
        try (Database database = Database.postgres();
             KafkaBroker broker = KafkaBroker.start(dir.resolve("kafka"), KafkaBroker.TEST_JVM);
             Simulator simulator = Simulator.start(dir.resolve("simulator"), "chaos-" + UUID.randomUUID(),
                     webhooksAtB, Map.of())) {
            broker.createTopic(TOPIC, 3);
            Map<String, String> relay = new HashMap<>(RELAY);
            relay.put("cpay.events.kafka.bootstrap-servers", broker.bootstrapServers());
            relay.put("cpay.events.kafka.topic", TOPIC);
            // A first, holding the lease before B exists, so that the holder is the one whose webhooks go elsewhere
            try (App a = App.start("app-a", dir.resolve("app-a"), portA, simulator, database, relay)) {
                boolean aLeads = Pause.until(() -> Metrics.sum(a.api(), "cpay_events_relay_leader") == 1,
                        Duration.ofSeconds(30));
                violations.check(aLeads, "the first instance never took the relay's lease", "within 30 s");
                try (App b = App.start("app-b", dir.resolve("app-b"), portB, simulator, database, relay)) {
                    figures.lap("started");
                    Stream stream = new Stream(List.of(a.api(), b.api()));
                    Thread writer = new Thread(stream, "order-stream");
                    writer.start();
                    Pause.until(() -> stream.created.size() >= ORDERS_BEFORE_KILL, Duration.ofSeconds(60));
                    long relayedByA = Metrics.sum(a.api(), "cpay_events_relayed_total");
                    a.kill();
                    long killedAt = System.nanoTime();
                    figures.add("kills", 1).lap("killed");
                    stream.only(b.api());
                    boolean tookOver = Pause.until(() -> Metrics.sum(b.api(), "cpay_events_relay_leader") == 1,
                            TAKEOVER_LIMIT);
                    long takeoverMs = (System.nanoTime() - killedAt) / 1_000_000;
                    violations.check(tookOver, "the relay's lease was not taken over", "within " + TAKEOVER_LIMIT);
                    Pause.until(() -> stream.created.size() >= ORDERS_BEFORE_KILL + ORDERS_AFTER_KILL,
                            Duration.ofSeconds(60));
                    stream.stop();
                    writer.join(60_000);
                    figures.lap("streamed");
                    stream.refused.forEach(r -> violations.add("order refused", r));

                    // the webhooks settle the orders, each change one more event
                    Pause.until(() -> settled(b.api(), stream.created), Duration.ofSeconds(60));
                    // every event of the database, also those of an order whose creation the kill cut
                    List<Map<String, Object>> listed = listed(b.api());
                    Set<String> listedIds = listed.stream().map(e -> (String) e.get("id")).collect(Collectors.toSet());
                    List<TopicReader.Received> read;
                    try (TopicReader reader = TopicReader.of(broker.bootstrapServers(), TOPIC)) {
                        read = reader.readUntil(r -> ids(r).containsAll(listedIds), Duration.ofSeconds(90));
                    }
                    figures.lap("read");
                    int duplicates = check(listed, read, violations);
                    figures.add("orders", stream.created.size()).add("duplicates", duplicates)
                            .put("events", listed.size()).put("records", read.size())
                            .put("takeoverMs", takeoverMs).put("relayedByA", relayedByA)
                            .put("relayedByB", Metrics.sum(b.api(), "cpay_events_relayed_total"))
                            .put("failuresB", Metrics.sum(b.api(), "cpay_events_relay_failures_total"));
                    b.stop();
                }
            }
        } finally {
            figures.finish(violations);
        }
        violations.assertNone(SCENARIO);
    }

    /** The checks on what the topic holds; returns how many records were repeats. */
    private static int check(List<Map<String, Object>> listed, List<TopicReader.Received> read,
                             Violations violations) {
        Map<String, String> firstValue = new LinkedHashMap<>();
        Map<String, List<Long>> firstSequences = new HashMap<>();
        int duplicates = 0;
        for (TopicReader.Received record : read) {
            String id = record.header("id").orElse("");
            Map<String, Object> event = parse(record.value());
            violations.check(id.equals(event.get("id")), "id header differs from the event's id", id);
            violations.check(Objects.equals(record.key(), event.get("merchantTradeNo")), "key is not the order",
                    record.key() + " for " + event.get("merchantTradeNo"));
            String earlier = firstValue.putIfAbsent(id, record.value());
            if (earlier != null) {
                duplicates++;
                violations.check(earlier.equals(record.value()), "a repeat differs from the first delivery", id);
            } else {
                firstSequences.computeIfAbsent(record.key(), k -> new ArrayList<>())
                        .add(((Number) event.get("sequence")).longValue());
            }
        }
        Map<String, List<Long>> listedSequences = new HashMap<>();
        for (Map<String, Object> event : listed) {
            String id = (String) event.get("id");
            violations.check(firstValue.containsKey(id), "event listed by the API missing on the topic",
                    id + " " + event.get("type") + " of " + event.get("merchantTradeNo"));
            listedSequences.computeIfAbsent((String) event.get("merchantTradeNo"), k -> new ArrayList<>())
                    .add(((Number) event.get("sequence")).longValue());
        }
        listedSequences.forEach((order, sequences) -> violations.check(
                sequences.equals(firstSequences.get(order)), "an order's events out of order on the topic",
                order + ": listed " + sequences + ", first seen " + firstSequences.get(order)));
        return duplicates;
    }

    private static boolean settled(Api api, List<String> orders) {
        return orders.stream().allMatch(no -> "COMPLETED".equals(api.get("/api/v1/orders/" + no).json()
                .get("status")));
    }

    /** Every event as {@code GET /api/v1/events} lists them, page after page. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listed(Api api) {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = "";
        boolean more = true;
        while (more) {
            Answer page = api.get("/api/v1/events?limit=500" + (cursor.isEmpty() ? "" : "&after=" + cursor));
            Map<String, Object> body = page.json();
            for (Object item : (List<Object>) body.getOrDefault("items", List.of())) {
                events.add((Map<String, Object>) item);
            }
            cursor = String.valueOf(body.get("nextCursor"));
            more = Boolean.TRUE.equals(body.get("hasMore"));
        }
        return events;
    }

    private static Set<String> ids(List<TopicReader.Received> read) {
        Set<String> ids = new HashSet<>();
        read.forEach(r -> r.header("id").ifPresent(ids::add));
        return ids;
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deposits sent one after the other, alternately to each instance still in the stream, 80 ms apart. */
    private static final class Stream implements Runnable {
        private final List<String> created = new CopyOnWriteArrayList<>();
        private final List<String> refused = new CopyOnWriteArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger sent = new AtomicInteger();
        private volatile List<Api> targets;

        Stream(List<Api> targets) {
            this.targets = targets;
        }

        void only(Api target) {
            targets = List.of(target);
        }

        void stop() {
            running.set(false);
        }

        @Override
        public void run() {
            while (running.get()) {
                List<Api> now = targets;
                Api api = now.get(sent.getAndIncrement() % now.size());
                String tradeNo = Creation.newTradeNo("kfk");
                try {
                    Answer answer = api.post(Creation.DEPOSIT.path(), UUID.randomUUID().toString(),
                            Creation.DEPOSIT.body(tradeNo));
                    if (answer.status() == 201) {
                        created.add(tradeNo);
                    } else {
                        refused.add(tradeNo + ": " + answer);
                    }
                } catch (Api.NoAnswer cut) {
                    // the killed instance: the order may exist; it is not counted, and the next one goes to the other
                }
                Pause.millis(80);
            }
        }
    }
}
