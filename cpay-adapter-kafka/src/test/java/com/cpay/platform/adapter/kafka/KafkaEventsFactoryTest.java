package com.cpay.platform.adapter.kafka;

import com.cpay.platform.domain.events.EventPublisher;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the publisher exists, and what an operator's settings do to its producer (no broker is contacted). */
class KafkaEventsFactoryTest {

    @Test
    void without_bootstrap_servers_or_with_a_blank_value_there_is_no_publisher_and_so_no_relay() {
        try (ApplicationContext none = ApplicationContext.run(Map.of());
             ApplicationContext blank = ApplicationContext.run(Map.of("cpay.events.kafka.bootstrap-servers", " "))) {
            assertThat(none.findBean(EventPublisher.class)).isEmpty();
            assertThat(blank.findBean(EventPublisher.class)).isEmpty();
        }
    }

    @Test
    void with_bootstrap_servers_the_producer_is_idempotent_acks_all_bounded_by_the_lease_and_takes_extra_settings() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "cpay.events.kafka.bootstrap-servers", "broker1:9092,broker2:9092",
                "cpay.events.relay.lease", "20s",
                "cpay.events.kafka.producer.compression.type", "lz4",
                "cpay.events.kafka.producer.security.protocol", "SSL"))) {
            assertThat(context.findBean(EventPublisher.class)).isPresent();
            ProducerSettings settings = context.getBean(ProducerSettings.class);

            assertThat(settings.config()).containsEntry("bootstrap.servers", "broker1:9092,broker2:9092")
                    .containsEntry("enable.idempotence", true).containsEntry("acks", "all")
                    .containsEntry("max.in.flight.requests.per.connection", 5)
                    .containsEntry("compression.type", "lz4").containsEntry("security.protocol", "SSL")
                    .containsEntry("delivery.timeout.ms", 12_000).containsEntry("request.timeout.ms", 4_000)
                    .containsEntry("max.block.ms", 4_000);
            assertThat(settings.publishLimit()).isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void a_setting_the_relay_depends_on_is_refused_at_start_naming_the_key() {
        for (String key : new String[] {"acks", "enable.idempotence", "delivery.timeout.ms"}) {
            try (ApplicationContext context = ApplicationContext.run(Map.of(
                    "cpay.events.kafka.bootstrap-servers", "broker1:9092",
                    "cpay.events.kafka.producer." + key, "1"))) {
                assertThatThrownBy(() -> context.getBean(EventPublisher.class))
                        .isInstanceOf(BeanInstantiationException.class)
                        .hasStackTraceContaining("cpay.events.kafka.producer." + key + " cannot be set");
            }
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "cpay.events.kafka.bootstrap-servers", "broker1:9092",
                "cpay.events.kafka.producer.max.in.flight.requests.per.connection", "6"))) {
            assertThatThrownBy(() -> context.getBean(EventPublisher.class))
                    .hasStackTraceContaining("must be 1 to 5");
        }
    }
}
