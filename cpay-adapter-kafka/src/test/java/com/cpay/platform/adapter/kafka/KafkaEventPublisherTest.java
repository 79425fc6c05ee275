package com.cpay.platform.adapter.kafka;

import com.cpay.platform.domain.events.EventPublishingException;
import com.cpay.platform.domain.events.OrderEvent;
import com.cpay.platform.kafka.testkit.KafkaBroker;
import com.cpay.platform.kafka.testkit.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The publisher against a real broker (one for the class): what a consumer of the topic gets, and what a broker
 * outage does to a publish and to the one after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaEventPublisherTest {

    private static final Duration LEASE = Duration.ofSeconds(4);
    private static final Duration READ = Duration.ofSeconds(30);

    private KafkaBroker broker;

    @BeforeAll
    void startBroker() {
        broker = KafkaBroker.start();
    }

    @AfterAll
    void stopBroker() {
        broker.close();
    }

    @Test
    void every_event_arrives_once_keyed_by_its_order_in_its_order_with_id_type_and_sequence_headers() {
        String topic = topic();
        List<String> orders = List.of("dep-a", "dep-b", "dep-c", "dep-d");
        List<OrderEvent> events = Events.interleaved(orders, 5, 1);

        try (KafkaEventPublisher publisher = publisher(topic); TopicReader reader = TopicReader.of(
                broker.bootstrapServers(), topic)) {
            publisher.publish(events.subList(0, 8));
            publisher.publish(events.subList(8, events.size()));

            List<TopicReader.Received> read = reader.readAtLeast(events.size(), READ);
            Map<String, OrderEvent> byId = events.stream().collect(Collectors.toMap(e -> e.id().toString(), e -> e));
            assertThat(read).hasSize(events.size());
            assertThat(read).extracting(r -> r.header(KafkaEventPublisher.ID).orElseThrow())
                    .containsExactlyInAnyOrderElementsOf(byId.keySet());
            for (TopicReader.Received record : read) {
                OrderEvent sent = byId.get(record.header(KafkaEventPublisher.ID).orElseThrow());
                assertThat(record.key()).isEqualTo(sent.aggregateId());
                assertThat(record.value()).isEqualTo(sent.payload());
                assertThat(record.headers()).containsEntry(KafkaEventPublisher.TYPE, sent.type().wireName())
                        .containsEntry(KafkaEventPublisher.SEQUENCE, Long.toString(sent.sequence()))
                        .containsEntry(KafkaEventPublisher.AGGREGATE_TYPE, "order");
            }
            for (String order : orders) {
                assertThat(sequencesOf(read, order)).containsExactly(1L, 2L, 3L, 4L, 5L);
            }
            assertThat(read.stream().collect(Collectors.groupingBy(TopicReader.Received::key,
                    Collectors.mapping(TopicReader.Received::partition, Collectors.toSet()))).values())
                    .allSatisfy(partitions -> assertThat(partitions).hasSize(1));
        }
    }

    @Test
    void with_the_broker_down_a_publish_fails_within_its_limit_and_after_the_restart_the_retry_delivers_everything() {
        String topic = topic();
        List<String> orders = List.of("pay-a", "pay-b", "pay-c");
        List<OrderEvent> events = Events.interleaved(orders, 4, 1);
        List<OrderEvent> before = events.subList(0, 6);
        List<OrderEvent> during = events.subList(6, events.size());

        try (KafkaEventPublisher publisher = publisher(topic)) {
            publisher.publish(before);
            broker.kill();
            long start = System.nanoTime();
            try {
                assertThatThrownBy(() -> publisher.publish(during)).isInstanceOf(EventPublishingException.class)
                        .hasMessageContaining(topic);
                Duration failedAfter = Duration.ofNanos(System.nanoTime() - start);
                // the relay's lease outlives a failed publish: no other instance starts while this one still sends
                assertThat(failedAfter).isLessThan(LEASE);
            } finally {
                broker.restart();
            }
            // what the relay does after the failure: the same batch again, with the same events
            publisher.publish(during);
            // and what a successor does after a holder died between the acknowledgement and recording it
            publisher.publish(during);
        }

        try (TopicReader reader = TopicReader.of(broker.bootstrapServers(), topic)) {
            List<TopicReader.Received> read = reader.readAtLeast(before.size() + 2 * during.size(), READ);
            assertThat(firstOccurrences(read)).containsExactlyInAnyOrderElementsOf(
                    events.stream().map(e -> e.id().toString()).toList());
            for (String order : orders) {
                List<Long> sequences = sequencesOf(read, order);
                assertThat(sequences.stream().distinct().toList()).as(order).containsExactly(1L, 2L, 3L, 4L);
            }
            // a repeat is the same event: same id, same bytes
            Map<String, Set<String>> valuesById = read.stream().collect(Collectors.groupingBy(
                    r -> r.header(KafkaEventPublisher.ID).orElseThrow(),
                    Collectors.mapping(TopicReader.Received::value, Collectors.toSet())));
            assertThat(valuesById.values()).allSatisfy(values -> assertThat(values).hasSize(1));
            Map<String, Set<String>> idsBySequence = read.stream().collect(Collectors.groupingBy(
                    r -> r.key() + "#" + r.header(KafkaEventPublisher.SEQUENCE).orElseThrow(),
                    Collectors.mapping(r -> r.header(KafkaEventPublisher.ID).orElseThrow(), Collectors.toSet())));
            assertThat(idsBySequence.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        }
    }

    @Test
    void a_topic_that_does_not_exist_is_a_failed_publish_not_a_hang() {
        try (KafkaEventPublisher publisher = publisher("missing-" + UUID.randomUUID())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> publisher.publish(Events.interleaved(List.of("x"), 1, 1)))
                    .isInstanceOf(EventPublishingException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LEASE);
        }
    }

    private KafkaEventPublisher publisher(String topic) {
        ProducerSettings settings = ProducerSettings.of(broker.bootstrapServers(), LEASE, Map.of());
        return new KafkaEventPublisher(topic, settings.publishLimit(), () -> new KafkaProducer<>(settings.config()));
    }

    private String topic() {
        String topic = "events-" + UUID.randomUUID();
        broker.createTopic(topic, 3);
        return topic;
    }

    /** The sequences of one order's records, in the order the topic holds them (one partition per order). */
    private static List<Long> sequencesOf(List<TopicReader.Received> read, String order) {
        return read.stream().filter(r -> r.key().equals(order))
                .map(r -> Long.parseLong(r.header(KafkaEventPublisher.SEQUENCE).orElseThrow())).toList();
    }

    private static List<String> firstOccurrences(List<TopicReader.Received> read) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        read.forEach(r -> seen.putIfAbsent(r.header(KafkaEventPublisher.ID).orElseThrow(), true));
        return new ArrayList<>(seen.keySet());
    }
}
