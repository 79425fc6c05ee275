package com.cpay.platform.adapter.kafka;

import com.cpay.platform.domain.events.EventId;
import com.cpay.platform.domain.events.EventType;
import com.cpay.platform.domain.events.OrderEvent;
import com.cpay.platform.domain.events.OrderEventLog;
import com.cpay.platform.domain.events.RelayEventsService;
import com.cpay.platform.domain.events.RelayLease;
import com.cpay.platform.domain.events.RelayEventsUseCase;
import com.cpay.platform.kafka.testkit.KafkaBroker;
import com.cpay.platform.kafka.testkit.TopicReader;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Not a test: a measurement, run by {@code bench/run.sh}. Against a real broker (cpay-kafka-testkit, full JIT):
 * <ol>
 *     <li>throughput: N committed outbox events relayed through the real {@link RelayEventsUseCase}
 *     (RelayEventsService over the persistence adapter's outbox and lease, and {@link KafkaEventPublisher}), pass
 *     after pass as the relay job runs them, against N plain {@link KafkaProducer} sends of the same keys and
 *     payloads with the same producer settings (all sent, then every acknowledgement awaited; and once more waiting
 *     after every 500, the relay's batch);</li>
 *     <li>latency: events committed one per transaction at a steady rate while a relay loop runs as the job does
 *     (passes while full batches wait, then the interval); from each commit to a consumer polling the topic.</li>
 * </ol>
 * Arguments: events (20000), database {@code h2} or {@code pg} (h2), latency events (2000), latency rate per
 * second (200), relay interval in ms (250).
 */
public final class RelayBenchmark {

    private static final String INSERT = "INSERT INTO order_events (id, aggregatetype, aggregateid, type, payload,"
            + " event_sequence, created_at) VALUES (?, 'order', ?, ?, ?, ?, ?)";
    private static final int ORDERS = 1_000;
    private static final int BATCH = 500;

    private final Map<String, Long> sequences = new HashMap<>();
    private int written;

    public static void main(String[] args) throws Exception {
        int events = arg(args, 0, 20_000);
        boolean postgres = args.length > 1 && args[1].equals("pg");
        int latencyEvents = arg(args, 2, 2_000);
        int rate = arg(args, 3, 200);
        int intervalMs = arg(args, 4, 250);
        new RelayBenchmark().run(events, postgres, latencyEvents, rate, intervalMs);
        System.exit(0);
    }

    private void run(int events, boolean postgres, int latencyEvents, int rate, int intervalMs) throws Exception {
        Path dir = Files.createTempDirectory("cpay-relay-bench-");
        String schema = "cpay_kafka_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String url = postgres ? "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema
                : "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        System.out.printf(Locale.ROOT, "relay benchmark %s  cores %d  database %s  events %d  batch %d%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), postgres ? "PostgreSQL" : "H2", events,
                BATCH);
        try (KafkaBroker broker = KafkaBroker.start(dir, KafkaBroker.BENCH_JVM)) {
            broker.createTopic("bench.relay", 3);
            broker.createTopic("bench.plain", 3);
            Map<String, Object> properties = new HashMap<>();
            properties.put("datasources.default.url", url);
            properties.put("datasources.default.username", postgres ? "postgres" : "sa");
            properties.put("datasources.default.password", "");
            properties.put("datasources.default.dialect", "POSTGRES");
            properties.put("datasources.default.maximum-pool-size", 5);
            properties.put("flyway.datasources.default.enabled", true);
            if (postgres) {
                properties.put("flyway.datasources.default.schemas", schema);
            }
            properties.put("cpay.events.kafka.bootstrap-servers", broker.bootstrapServers());
            properties.put("cpay.events.kafka.topic", "bench.relay");
            properties.put("cpay.events.relay.batch-size", BATCH);
            try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                    .environments("bench").properties(properties).start()) {
                // the writers' own connections, as the order store's transactions are the app's
                Database data = () -> DriverManager.getConnection(url, postgres ? "postgres" : "sa", "");
                RelayEventsUseCase relay = context.getBean(RelayEventsUseCase.class);
                ProducerSettings settings = context.getBean(ProducerSettings.class);

                // warm-up of both paths, not measured
                relayAll(relay, write(data, 2_000, 500));
                plain(settings, payloads(2_000), false);

                List<String[]> measured = write(data, events, 500);
                load("relay");
                double relayed = events / seconds(() -> relayAll(relay, measured));
                load("plain");
                double plain = events / seconds(() -> plain(settings, measured, false));
                double plainBatched = events / seconds(() -> plain(settings, measured, true));
                System.out.printf(Locale.ROOT, "throughput: relay %.0f events/s, plain producer %.0f records/s"
                        + " (ratio %.2f), plain waiting per %d %.0f records/s (ratio %.2f)%n", relayed, plain,
                        relayed / plain, BATCH, plainBatched, relayed / plainBatched);

                // where the relay's time goes: the same passes over new events with a publisher that sends nothing
                OrderEventLog log = context.getBean(OrderEventLog.class);
                RelayLease lease = context.getBean(RelayLease.class);
                lease.acquire("bench.none", "bench", Instant.now(), Duration.ofMinutes(5));
                log.assignPositions(Integer.MAX_VALUE);
                lease.advance("bench.none", "bench", log.lastPosition(), Instant.now());
                RelayEventsService outboxOnly = new RelayEventsService(log, lease, sent -> { }, Clock.systemUTC(),
                        "bench.none", Duration.ofMinutes(5), BATCH);
                List<String[]> more = write(data, events, 500);
                load("outbox only");
                double outbox = events / seconds(() -> relayAll(outboxOnly, more));
                List<OrderEvent> asEvents = new ArrayList<>();
                for (String[] e : measured) {
                    asEvents.add(new OrderEvent(new EventId(UUID.fromString(e[0])), EventType.ofWireName(e[2])
                            .orElseThrow(), e[1], Long.parseLong(e[4]), Instant.now(), e[3], asEvents.size() + 1));
                }
                double publisherOnly;
                try (KafkaEventPublisher publisher = new KafkaEventPublisher("bench.plain", settings.publishLimit(),
                        () -> new KafkaProducer<>(settings.config()))) {
                    publisherOnly = events / seconds(() -> {
                        for (int i = 0; i < asEvents.size(); i += BATCH) {
                            publisher.publish(asEvents.subList(i, Math.min(asEvents.size(), i + BATCH)));
                        }
                    });
                }
                System.out.printf(Locale.ROOT, "outbox only (positions, reads, lease; nothing sent): %.0f events/s;"
                        + " publisher only (the same events in batches of %d, no database): %.0f events/s%n",
                        outbox, BATCH, publisherOnly);
                relayAll(relay, more);

                load("latency");
                latency(broker, data, relay, latencyEvents, rate, intervalMs);
            } finally {
                if (postgres) {
                    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test",
                            "postgres", ""); Statement s = c.createStatement()) {
                        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    }
                }
            }
        }
    }

    /** Commit to consumer: one event per transaction at {@code rate}/s, the relay looping as its job does. */
    private void latency(KafkaBroker broker, Database data, RelayEventsUseCase relay, int count, int rate,
                         int intervalMs) throws Exception {
        Map<String, Long> committed = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread relayLoop = new Thread(() -> {
            while (running.get()) {
                RelayEventsUseCase.Pass pass;
                do {
                    pass = relay.relayOnce("bench");
                } while (pass.moreWaiting() && running.get());
                sleep(intervalMs);
            }
        }, "relay-loop");
        // the consumer polls in its own thread from before the first commit; what was relayed before is read first
        CountDownLatch caughtUp = new CountDownLatch(1);
        List<TopicReader.Received> read = new ArrayList<>();
        Thread consumer = new Thread(() -> {
            try (TopicReader reader = TopicReader.of(broker.bootstrapServers(), "bench.relay")) {
                reader.readUntil(r -> false, Duration.ofSeconds(3));
                caughtUp.countDown();
                read.addAll(reader.readUntil(r -> received(r, committed) >= count, Duration.ofSeconds(120)));
            }
        }, "consumer");
        consumer.start();
        caughtUp.await();
        relayLoop.start();
        long start = System.nanoTime();
        long gap = 1_000_000_000L / rate;
        try (Connection c = data.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            c.setAutoCommit(true);
            for (int i = 0; i < count; i++) {
                long wait = start + i * gap - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                String[] event = next();
                bind(insert, event);
                insert.executeUpdate();
                committed.put(event[0], System.nanoTime());
            }
        }
        consumer.join();
        running.set(false);
        relayLoop.join(10_000);
        long[] latencies = read.stream().filter(r -> committed.containsKey(r.header("id").orElse("")))
                .mapToLong(r -> r.receivedNanos() - committed.get(r.header("id").orElseThrow()))
                .sorted().toArray();
        System.out.printf(Locale.ROOT, "latency commit to consumer (%d events at %d/s, relay interval %d ms):"
                + " p50 %.1f ms, p99 %.1f ms, max %.1f ms, received %d%n", count, rate, intervalMs,
                millis(latencies, 0.50), millis(latencies, 0.99), millis(latencies, 1.0), latencies.length);
    }

    /** Where the events are committed: the outbox's database, through plain JDBC. */
    private interface Database {
        Connection getConnection() throws SQLException;
    }

    private static long received(List<TopicReader.Received> read, Map<String, Long> committed) {
        return read.stream().filter(r -> committed.containsKey(r.header("id").orElse(""))).count();
    }

    private static void relayAll(RelayEventsUseCase relay, List<String[]> events) {
        long relayed = 0;
        while (relayed < events.size()) {
            RelayEventsUseCase.Pass pass = relay.relayOnce("bench");
            if (pass.failure().isPresent()) {
                throw new IllegalStateException(pass.failure().get());
            }
            relayed += pass.relayed();
        }
    }

    /** The same records as the relay sends (key, payload, headers), through a producer with the same settings. */
    private static void plain(ProducerSettings settings, List<String[]> events, boolean waitPerBatch) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings.config())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
            for (String[] e : events) {
                RecordHeaders headers = new RecordHeaders();
                headers.add(KafkaEventPublisher.ID, e[0].getBytes());
                headers.add(KafkaEventPublisher.TYPE, e[2].getBytes());
                headers.add(KafkaEventPublisher.SEQUENCE, e[4].getBytes());
                headers.add(KafkaEventPublisher.AGGREGATE_TYPE, "order".getBytes());
                acks.add(producer.send(new ProducerRecord<>("bench.plain", null, System.currentTimeMillis(), e[1],
                        e[3], headers)));
                if (waitPerBatch && acks.size() == BATCH) {
                    await(acks);
                }
            }
            await(acks);
        }
    }

    private static void await(List<Future<RecordMetadata>> acks) {
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        acks.clear();
    }

    /** Writes and commits {@code count} events, {@code perTransaction} per commit; returns them. */
    private List<String[]> write(Database data, int count, int perTransaction) throws SQLException {
        List<String[]> events = payloads(count);
        try (Connection c = data.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            for (int i = 0; i < events.size(); i++) {
                bind(insert, events.get(i));
                insert.addBatch();
                if ((i + 1) % perTransaction == 0 || i == events.size() - 1) {
                    insert.executeBatch();
                    c.commit();
                }
            }
        }
        return events;
    }

    private List<String[]> payloads(int count) {
        List<String[]> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(next());
        }
        return events;
    }

    /** id, aggregate id, type, payload, sequence: an order's event the size the app writes (about 1 KB). */
    private String[] next() {
        String order = "bench-" + (written++ % ORDERS);
        long sequence = sequences.merge(order, 1L, Long::sum);
        String id = UUID.randomUUID().toString();
        String type = sequence == 1 ? EventType.ORDER_CREATED.wireName() : EventType.ORDER_STATUS_CHANGED.wireName();
        String payload = "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"created\":\"" + Instant.now()
                + "\",\"merchantTradeNo\":\"" + order + "\",\"sequence\":" + sequence + ",\"data\":{\"merchantTradeNo\":\""
                + order + "\",\"kind\":\"DEPOSIT\",\"userId\":\"user-4711\",\"status\":\"PROCESSING\","
                + "\"needsReview\":false,\"outcomeUnknown\":false,\"terminal\":false,\"cpayOrderId\":\"1790001234\","
                + "\"requestedAmount\":{\"amount\":\"25.00\",\"currency\":\"USDT\"},\"deposit\":{\"cryptoCurrency\":"
                + "\"USDT\",\"network\":\"TRON(TRC-20)\",\"address\":\"TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw\","
                + "\"cashierUrl\":\"https://cashier.example/pay/1790001234\"},\"createdAt\":\"2026-12-06T10:00:00Z\","
                + "\"updatedAt\":\"2026-12-06T10:00:01Z\",\"history\":[{\"status\":\"PROCESSING\",\"source\":"
                + "\"WEBHOOK\",\"at\":\"2026-12-06T10:00:01Z\",\"detail\":\"C-Pay reported the deposit seen on chain,"
                + " waiting for confirmations\"}]}}";
        return new String[] {id, order, type, payload, Long.toString(sequence)};
    }

    private static void bind(PreparedStatement insert, String[] event) throws SQLException {
        insert.setObject(1, UUID.fromString(event[0]));
        insert.setString(2, event[1]);
        insert.setString(3, event[2]);
        insert.setString(4, event[3]);
        insert.setLong(5, Long.parseLong(event[4]));
        insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static double seconds(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void load(String phase) {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
            System.out.printf(Locale.ROOT, "load average before %s: %s%n", phase,
                    String.join(" ", Arrays.copyOfRange(avg, 0, 3)));
        } catch (Exception e) {
            System.out.println("load average unknown: " + e);
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
