package com.cpay.platform.kafka.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker the relay's tests run against: it takes records, and keeps them through a SIGKILL and a restart. */
class KafkaBrokerTest {

    private static final Duration READ = Duration.ofSeconds(30);

    @Test
    void a_broker_keeps_what_it_acknowledged_through_a_kill_and_a_restart_on_the_same_address() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start()) {
            broker.createTopic("testkit", 3);
            String address = broker.bootstrapServers();
            send(broker, IntStream.range(0, 10).mapToObj(i -> "first-" + i).toList());
            try (TopicReader reader = TopicReader.of(address, "testkit")) {
                List<TopicReader.Received> first = reader.readAtLeast(10, READ);
                assertThat(first).extracting(TopicReader.Received::value)
                        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 10).mapToObj(i -> "first-" + i)
                                .toList());
                assertThat(first).allSatisfy(r -> assertThat(r.header("id")).hasValue("id-" + r.value()));
                // one key: one partition, in the order sent
                assertThat(first.stream().filter(r -> r.key().equals("k0")).map(TopicReader.Received::value))
                        .containsExactly("first-0", "first-3", "first-6", "first-9");
            }

            broker.kill();
            assertThat(broker.isRunning()).isFalse();
            broker.restart();

            assertThat(broker.bootstrapServers()).isEqualTo(address);
            send(broker, List.of("second-0", "second-1"));
            try (TopicReader reader = TopicReader.of(address, "testkit")) {
                assertThat(reader.readAtLeast(12, READ)).extracting(TopicReader.Received::value)
                        .hasSize(12).contains("first-0", "first-9", "second-0", "second-1");
            }
            broker.stop();
            assertThat(broker.isRunning()).isFalse();
        }
    }

    private static void send(KafkaBroker broker, List<String> values) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"))) {
            for (int i = 0; i < values.size(); i++) {
                ProducerRecord<String, String> record = new ProducerRecord<>("testkit", "k" + (i % 3), values.get(i));
                record.headers().add("id", ("id-" + values.get(i)).getBytes(StandardCharsets.UTF_8));
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        }
    }
}
