package com.cpay.platform.app.events;

import com.cpay.platform.app.support.Await;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.api.EventsApi;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.Event;
import com.cpay.platform.client.internal.model.EventPage;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.kafka.testkit.KafkaBroker;
import com.cpay.platform.kafka.testkit.TopicReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app with {@code cpay.events.kafka.bootstrap-servers} set, against a real broker (one for the class): what a
 * merchant's consumer of the topic gets is what {@code GET /api/v1/events} lists, order by order in the same order;
 * with the broker down orders are taken as before and the events wait; once it is back every one arrives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaRelayTest {

    private static final String TOPIC = "merchant.order-events";
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    private KafkaBroker broker;
    private TestApp app;
    private EventsApi events;
    private DepositsApi deposits;
    private ObjectMapper json;

    @BeforeAll
    void start() {
        broker = KafkaBroker.start();
        broker.createTopic(TOPIC, 3);
        app = TestApp.start(Map.of("cpay.events.kafka.bootstrap-servers", broker.bootstrapServers(),
                "cpay.events.kafka.topic", TOPIC, "cpay.events.relay.initial-delay", "0s"));
        events = new EventsApi(app.client());
        deposits = new DepositsApi(app.client());
        json = app.client().getObjectMapper();
    }

    @AfterAll
    void stop() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            broker.close();
        }
    }

    @Test
    void the_topic_holds_what_the_events_api_lists_each_order_s_events_in_their_order() throws Exception {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            orders.add(deposit("1." + i));
        }
        orders.forEach(no -> Orders.awaitStatus(app.client(), no, OrderStatus.COMPLETED));

        assertTopicTellsWhatTheApiLists(orders);
        // the relay's metrics, which deploy/'s dashboard and alert rules use (OperationsTest checks the others)
        assertThat(new Http(app.url()).get("/prometheus").body())
                .containsPattern("(?m)^cpay_events_relay_lag \\d").containsPattern("(?m)^cpay_events_relay_leader \\d")
                .containsPattern("(?m)^cpay_events_relay_failures_total \\d");
    }

    @Test
    void with_the_broker_down_orders_are_taken_promptly_the_failures_counted_and_after_it_is_back_nothing_is_missing()
            throws Exception {
        double failuresBefore = failures();
        broker.stop();
        List<String> orders = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                long start = System.nanoTime();
                orders.add(deposit("2." + i));
                // order handling only writes the outbox; the broker is the relay's business
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            }
            orders.forEach(no -> Orders.awaitStatus(app.client(), no, OrderStatus.COMPLETED));
            Await.until(() -> failures() > failuresBefore, Duration.ofSeconds(30));
        } finally {
            broker.restart();
        }

        assertTopicTellsWhatTheApiLists(orders);
    }

    @Test
    void an_instance_that_stops_hands_the_lease_over_at_once_and_the_other_relays_from_where_it_stopped()
            throws Exception {
        String topic = "handover.order-events";
        broker.createTopic(topic, 1);
        // a lease far longer than the wait below: only the release at shutdown lets the second instance in so soon
        Map<String, Object> shared = Map.of("cpay.events.kafka.bootstrap-servers", broker.bootstrapServers(),
                "cpay.events.kafka.topic", topic, "cpay.events.relay.lease", "60s",
                "cpay.events.relay.initial-delay", "0s", "datasources.default.url", "jdbc:h2:mem:handover"
                        + UUID.randomUUID().toString().replace("-", "") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        TestApp first = TestApp.start(shared);
        String before;
        try (TestApp second = TestApp.start(shared)) {
            try {
                Await.until(() -> leader(first) == 1, Duration.ofSeconds(20));
                before = new DepositsApi(first.client()).createDeposit(Orders.key(), new CreateDepositRequest()
                        .userId("relay-user").cryptoCurrency("USDT").amount("3")).getMerchantTradeNo();
            } finally {
                first.close();
            }
            Await.until(() -> leader(second) == 1, Duration.ofSeconds(10));
            String after = new DepositsApi(second.client()).createDeposit(Orders.key(), new CreateDepositRequest()
                    .userId("relay-user").cryptoCurrency("USDT").amount("4")).getMerchantTradeNo();

            try (TopicReader reader = TopicReader.of(broker.bootstrapServers(), topic)) {
                List<TopicReader.Received> read = reader.readUntil(r -> r.stream().map(TopicReader.Received::key)
                        .collect(Collectors.toSet()).containsAll(List.of(before, after)), DELIVERY);
                assertThat(read).extracting(TopicReader.Received::key).contains(before, after);
            }
        }
    }

    private static double leader(TestApp app) {
        return app.context().getBean(MeterRegistry.class).get("cpay.events.relay.leader").gauge().value();
    }

    private void assertTopicTellsWhatTheApiLists(List<String> orders) throws Exception {
        List<Event> listed = listed(orders);
        try (TopicReader reader = TopicReader.of(broker.bootstrapServers(), TOPIC)) {
            assertSameStory(listed, reader.readUntil(r -> ids(r).containsAll(ids(listed)), DELIVERY));
        }
    }

    /**
     * Every listed event is on the topic with the same content, keyed by its order, each order's events first seen in
     * the order the API lists them; a repeat (at least once) carries the same id and the same content.
     */
    private void assertSameStory(List<Event> listed, List<TopicReader.Received> read) throws JsonProcessingException {
        Map<String, Event> firstSeen = new LinkedHashMap<>();
        for (TopicReader.Received record : read) {
            Event event = json.readValue(record.value(), Event.class);
            assertThat(record.header("id")).hasValue(event.getId().toString());
            assertThat(record.header("type")).hasValue(event.getType().getValue());
            assertThat(record.header("sequence")).hasValue(event.getSequence().toString());
            assertThat(record.key()).isEqualTo(event.getMerchantTradeNo());
            Event earlier = firstSeen.putIfAbsent(event.getId().toString(), event);
            assertThat(earlier == null || earlier.equals(event)).as("a repeat of %s differs", event.getId()).isTrue();
        }
        for (Event event : listed) {
            assertThat(firstSeen.get(event.getId().toString())).as("event %s on the topic", event.getId())
                    .isEqualTo(event);
        }
        Map<String, List<Long>> listedOrder = sequences(listed);
        Map<String, List<Long>> topicOrder = sequences(new ArrayList<>(firstSeen.values()));
        listedOrder.forEach((order, sequences) -> assertThat(topicOrder.get(order)).as(order)
                .containsExactlyElementsOf(sequences));
    }

    private static Map<String, List<Long>> sequences(List<Event> events) {
        return events.stream().collect(Collectors.groupingBy(Event::getMerchantTradeNo, LinkedHashMap::new,
                Collectors.mapping(Event::getSequence, Collectors.toList())));
    }

    private double failures() {
        return app.context().getBean(MeterRegistry.class).get("cpay.events.relay.failures").counter().count();
    }

    private String deposit(String amount) throws ApiException {
        return deposits.createDeposit(Orders.key(), new CreateDepositRequest().userId("relay-user")
                .merchantTradeNo("relay-" + UUID.randomUUID().toString().substring(0, 12))
                .cryptoCurrency("USDT").amount(amount)).getMerchantTradeNo();
    }

    /** The events of these orders as the events API lists them, in its order. */
    private List<Event> listed(List<String> orders) throws ApiException {
        Set<String> wanted = Set.copyOf(orders);
        List<Event> all = new ArrayList<>();
        String cursor = null;
        EventPage page;
        do {
            page = events.listEvents(cursor, null, 500);
            page.getItems().stream().filter(e -> wanted.contains(e.getMerchantTradeNo())).forEach(all::add);
            cursor = page.getNextCursor();
        } while (page.getHasMore());
        assertThat(all).isNotEmpty();
        return all;
    }

    private static Set<String> ids(List<?> items) {
        return items.stream().map(item -> item instanceof Event e ? e.getId().toString()
                : ((TopicReader.Received) item).header("id").orElse("")).collect(Collectors.toSet());
    }
}
