package com.cpay.platform.kafka.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every record of a topic from its beginning, as a consumer of the merchant's would, with keys and headers.
 * No consumer group (the partitions are assigned, not subscribed), so there is no rebalance to wait for and nothing
 * is committed. Records are kept in the order they arrived; across partitions that order is arbitrary, within one
 * partition it is the topic's. A broker that goes away and comes back is waited for.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<Received> received = new ArrayList<>();

    private TopicReader(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    /** A reader of every partition of {@code topic} (which must exist), from the first record. */
    public static TopicReader of(String bootstrapServers, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        if (partitions == null || partitions.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("no topic " + topic);
        }
        List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        return new TopicReader(consumer);
    }

    /**
     * Reads until {@code done} holds for everything read so far, or {@code timeout} passed.
     *
     * @return everything read so far (since the reader was made), in arrival order
     */
    public List<Received> readUntil(Predicate<List<Received>> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.test(List.copyOf(received)) && Instant.now().isBefore(deadline)) {
            poll(Duration.ofMillis(100));
        }
        return List.copyOf(received);
    }

    /** Reads until {@code count} records in all were read, or {@code timeout} passed. */
    public List<Received> readAtLeast(int count, Duration timeout) {
        return readUntil(records -> records.size() >= count, timeout);
    }

    /** One poll; returns what it read. */
    public List<Received> poll(Duration wait) {
        List<Received> batch = new ArrayList<>();
        for (ConsumerRecord<String, String> r : consumer.poll(wait)) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header h : r.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
            batch.add(new Received(r.key(), r.value(), headers, r.partition(), r.offset(), System.nanoTime()));
        }
        received.addAll(batch);
        return batch;
    }

    /** Everything read so far. */
    public List<Received> all() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }

    /**
     * One record as read.
     *
     * @param receivedNanos {@link System#nanoTime()} when the poll returned it (for latencies within one JVM)
     */
    public record Received(String key, String value, Map<String, String> headers, int partition, long offset,
                           long receivedNanos) {

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }
    }
}
