package com.cpay.platform.adapter.kafka;

import com.cpay.platform.domain.events.EventPublisher;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.MapFormat;
import io.micronaut.core.naming.conventions.StringConvention;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * The Kafka adapter's bean: an {@link EventPublisher} on {@code cpay.events.kafka.topic} (default
 * {@code cpay.order-events}), made only when {@code cpay.events.kafka.bootstrap-servers} is set and not blank;
 * cpay-starter then makes the relay. {@code cpay.events.kafka.producer.*} are passed to the producer as they are
 * (e.g. {@code cpay.events.kafka.producer.security.protocol=SSL}), except the settings {@link ProducerSettings}
 * fixes; its timeouts follow {@code cpay.events.relay.lease} (default 10 s). No connection is made before the
 * first publish, so an unreachable broker never holds up the application's start. The producer is closed at
 * shutdown.
 */
@Factory
@Requires(property = KafkaEventsFactory.BOOTSTRAP_SERVERS, pattern = ".*\\S.*")
public class KafkaEventsFactory {

    /** The key that switches the relay on. */
    public static final String BOOTSTRAP_SERVERS = "cpay.events.kafka.bootstrap-servers";

    @Singleton
    ProducerSettings producerSettings(@Value("${" + BOOTSTRAP_SERVERS + "}") String bootstrapServers,
                                      @Value("${cpay.events.relay.lease:10s}") Duration lease,
                                      @Nullable @Property(name = "cpay.events.kafka.producer")
                                      @MapFormat(transformation = MapFormat.MapTransformation.FLAT,
                                              keyFormat = StringConvention.RAW)
                                      Map<String, Object> producer) {
        return ProducerSettings.of(bootstrapServers, lease, producer == null ? Map.of() : producer);
    }

    @Singleton
    @Bean(preDestroy = "close")
    KafkaEventPublisher kafkaEventPublisher(ProducerSettings settings,
                                            @Value("${cpay.events.kafka.topic:cpay.order-events}") String topic) {
        return new KafkaEventPublisher(topic, settings.publishLimit(), () -> new KafkaProducer<>(settings.config()));
    }
}
