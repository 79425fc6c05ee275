package com.cpay.platform.adapter.kafka;

import com.cpay.platform.domain.events.EventPublisher;
import com.cpay.platform.domain.events.EventPublishingException;
import com.cpay.platform.domain.events.OrderEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Publishes a relay's batch to one topic: one record per event, key = the event's aggregate id (the
 * merchantTradeNo, so one order's events share a partition), value = the payload the outbox holds (the same JSON
 * the events API answers), headers {@value #ID}, {@value #TYPE}, {@value #SEQUENCE} and {@value #AGGREGATE_TYPE}.
 * The producer is idempotent with {@code acks=all} (see {@link ProducerSettings}), so retries inside one producer
 * neither repeat nor reorder.
 *
 * <p>A publish waits at most {@link ProducerSettings#publishLimit()} for acknowledgements (plus one {@code send} that
 * blocks up to {@code max.block.ms} when the broker is unreachable), less than the producer's own delivery
 * timeout: a batch never fails on its own inside the producer (which could let a later batch of the same partition
 * through and leave a gap); it is the publish that gives up, and the producer is then closed at once, dropping what
 * it had not sent, and made anew for the next attempt, which sends the whole batch again from the first event.
 * Records the broker had written before stay; their repeats carry the same id.
 */
final class KafkaEventPublisher implements EventPublisher, AutoCloseable {

    /** The event's id: the same on every delivery, what a consumer recognises a repeat by. */
    static final String ID = "id";
    /** The event's type, e.g. {@code order.status_changed}. */
    static final String TYPE = "type";
    /** The event's number within its order, in decimal. */
    static final String SEQUENCE = "sequence";
    /** The outbox's {@code aggregatetype}, always {@code order}, as Debezium's outbox router would route by it. */
    static final String AGGREGATE_TYPE = "aggregatetype";

    private final String topic;
    private final Duration publishLimit;
    private final Supplier<Producer<String, String>> producers;
    private Producer<String, String> producer;

    /**
     * @param producers makes a fresh producer: at the first publish and after every failed one
     */
    KafkaEventPublisher(String topic, Duration publishLimit, Supplier<Producer<String, String>> producers) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.publishLimit = Objects.requireNonNull(publishLimit, "publishLimit");
        this.producers = Objects.requireNonNull(producers, "producers");
    }

    @Override
    public synchronized void publish(List<OrderEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + publishLimit.toNanos();
        try {
            Producer<String, String> current = producer();
            List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
            for (OrderEvent event : events) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException();
                }
                // a send blocks up to max.block.ms when the broker is gone; one such failure is enough to give up
                Future<RecordMetadata> ack = current.send(record(event));
                if (ack.isDone()) {
                    ack.get();
                }
                acks.add(ack);
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            throw failed(events, e.getCause());
        } catch (TimeoutException e) {
            throw failed(events, new TimeoutException("no acknowledgement within " + publishLimit));
        } catch (KafkaException e) {
            throw failed(events, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(events, e);
        }
    }

    private ProducerRecord<String, String> record(OrderEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(ID, bytes(event.id().toString()));
        headers.add(TYPE, bytes(event.type().wireName()));
        headers.add(SEQUENCE, bytes(Long.toString(event.sequence())));
        headers.add(AGGREGATE_TYPE, bytes(OrderEvent.AGGREGATE_TYPE));
        // the commit time as the record's time, as Debezium's outbox router gives it (created_at)
        return new ProducerRecord<>(topic, null, event.created().toEpochMilli(), event.aggregateId(), event.payload(),
                headers);
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    private EventPublishingException failed(List<OrderEvent> events, Throwable cause) {
        discardProducer();
        return new EventPublishingException("Kafka did not acknowledge all of " + events.size() + " events to topic "
                + topic + ": " + cause, cause);
    }

    // what the failed producer still holds is dropped, not sent later behind the next attempt's records
    private void discardProducer() {
        Producer<String, String> failed = producer;
        producer = null;
        if (failed != null) {
            try {
                failed.close(Duration.ZERO);
            } catch (RuntimeException ignored) {
                // it is gone either way
            }
        }
    }

    @Override
    public synchronized void close() {
        Producer<String, String> open = producer;
        producer = null;
        if (open != null) {
            open.close(Duration.ofSeconds(5));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
