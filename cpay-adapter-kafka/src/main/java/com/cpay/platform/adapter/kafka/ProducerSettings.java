package com.cpay.platform.adapter.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's producer configuration. What the relay's guarantees rest on is fixed here: idempotence,
 * {@code acks=all}, at most 5 requests in flight (the most with which an idempotent producer keeps order), string
 * keys and values, and every wait bounded below the relay's lease, so a holder stalled by the broker gives up before
 * its lease can run out and another instance starts sending:
 * <ul>
 *     <li>a publish waits at most 50 % of the lease for acknowledgements ({@link #publishLimit()});</li>
 *     <li>{@code max.block.ms} (how long one {@code send} waits for metadata or buffer space: once, since the first
 *     failed send ends the publish) and {@code request.timeout.ms} are 20 %, so a publish ends within 70 %;</li>
 *     <li>{@code delivery.timeout.ms} is 60 %: longer than a publish waits, so the producer never fails a batch by
 *     itself before the publisher gives up and drops everything the producer still holds.</li>
 * </ul>
 * Any other producer setting may be given (TLS, SASL, compression, linger...); the fixed ones are refused.
 *
 * @param config       the producer's configuration
 * @param publishLimit how long one publish may wait for every acknowledgement
 */
record ProducerSettings(Map<String, Object> config, Duration publishLimit) {

    /** Settings the relay's ordering and lease rely on; an override would break them silently. */
    static final Set<String> FIXED = Set.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, ProducerConfig.ACKS_CONFIG,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
            ProducerConfig.MAX_BLOCK_MS_CONFIG, ProducerConfig.TRANSACTIONAL_ID_CONFIG);

    private static final int MAX_IN_FLIGHT = 5;
    private static final Duration MIN_LEASE = Duration.ofSeconds(1);

    ProducerSettings {
        config = Map.copyOf(config);
        Objects.requireNonNull(publishLimit, "publishLimit");
    }

    /**
     * @param bootstrapServers {@code cpay.events.kafka.bootstrap-servers}
     * @param lease            {@code cpay.events.relay.lease}
     * @param overrides        {@code cpay.events.kafka.producer.*}, without the prefix
     * @throws IllegalArgumentException for a fixed setting among the overrides, or too many requests in flight
     */
    static ProducerSettings of(String bootstrapServers, Duration lease, Map<String, ?> overrides) {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("cpay.events.kafka.bootstrap-servers must name the Kafka cluster");
        }
        if (lease.compareTo(MIN_LEASE) < 0) {
            throw new IllegalArgumentException("cpay.events.relay.lease must be at least " + MIN_LEASE);
        }
        for (String key : overrides.keySet()) {
            if (FIXED.contains(key)) {
                throw new IllegalArgumentException("cpay.events.kafka.producer." + key + " cannot be set: the relay's "
                        + "order and lease depend on it (cpay-adapter-kafka/README.md)");
            }
        }
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, MAX_IN_FLIGHT);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "cpay-event-relay");
        overrides.forEach((key, value) -> config.put(key, String.valueOf(value)));
        Object inFlight = config.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION);
        int requested = Integer.parseInt(inFlight.toString().trim());
        if (requested < 1 || requested > MAX_IN_FLIGHT) {
            throw new IllegalArgumentException("cpay.events.kafka.producer."
                    + ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION + " must be 1 to " + MAX_IN_FLIGHT
                    + ": more would let an idempotent producer reorder");
        }
        long leaseMillis = lease.toMillis();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.trim());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) (leaseMillis * 2 / 10));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) (leaseMillis * 2 / 10));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) (leaseMillis * 6 / 10));
        long lingerMillis = Long.parseLong(String.valueOf(config.getOrDefault(ProducerConfig.LINGER_MS_CONFIG, "5"))
                .trim());
        if (lingerMillis > leaseMillis / 10) {
            throw new IllegalArgumentException("cpay.events.kafka.producer." + ProducerConfig.LINGER_MS_CONFIG
                    + " must be at most a tenth of cpay.events.relay.lease");
        }
        return new ProducerSettings(config, Duration.ofMillis(leaseMillis * 5 / 10));
    }
}
