package com.cpay.platform.adapter.persistence;

import static com.cpay.platform.adapter.persistence.OrderExamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.events.EventType;
import com.cpay.platform.domain.events.OrderEvent;
import com.cpay.platform.domain.events.OrderEventLog;
import com.cpay.platform.domain.events.RelayLease;
import com.cpay.platform.domain.notification.InboundNotification;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.notification.NotificationKeys;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderRepository;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox: events written with their change, positioned in commit order, read in order, pruned; the lease. */
abstract class OrderEventsContract extends DatabaseTest {

    private OrderRepository orders;
    private OrderEventLog log;

    @BeforeEach
    void ports() throws Exception {
        orders = bean(OrderRepository.class);
        log = bean(OrderEventLog.class);
        deleteAllOrders();
        try (Connection c = connection(); java.sql.Statement s = c.createStatement()) {
            s.execute("DELETE FROM order_events");
            s.execute("DELETE FROM event_relays");
        }
    }

    private List<OrderEvent> all() {
        log.assignPositions(10_000);
        return log.after(0, Set.of(), 10_000);
    }

    @Test
    void recording_and_changing_an_order_writes_its_events_with_their_sequence() {
        Order order = orders.insert(OrderExamples.deposit("ev-1"));
        order.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, T0.plusSeconds(1)));
        order = orders.update(order);
        order.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, T0.plusSeconds(2))); // a duplicate
        orders.update(order);

        List<OrderEvent> events = all();

        assertThat(events).extracting(OrderEvent::type, OrderEvent::sequence, OrderEvent::aggregateId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EventType.ORDER_CREATED, 1L, "ev-1"),
                org.assertj.core.groups.Tuple.tuple(EventType.ORDER_STATUS_CHANGED, 2L, "ev-1"));
        assertThat(events.get(1).payload()).contains("\"type\":\"order.status_changed\"", "\"sequence\":2",
                "\"status\":\"PROCESSING\"", events.get(1).id().toString());
        assertThat(events.get(1).position()).isEqualTo(events.get(0).position() + 1);
        assertThat(log.find(events.get(0).id())).contains(events.get(0));
    }

    @Test
    void a_change_that_is_not_stored_writes_no_event() {
        orders.insert(OrderExamples.deposit("ev-2"));
        assertThatThrownBy(() -> orders.insert(OrderExamples.deposit("ev-2"))).isInstanceOf(ConflictException.class);
        Order first = orders.findByMerchantTradeNo(new MerchantTradeNo("ev-2")).orElseThrow();
        Order second = orders.findByMerchantTradeNo(new MerchantTradeNo("ev-2")).orElseThrow();
        first.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, T0.plusSeconds(1)));
        orders.update(first);
        second.apply(StatusEvent.of(OrderStatus.CLOSED, EventSource.WEBHOOK, T0.plusSeconds(1)));

        assertThatThrownBy(() -> orders.update(second)).isInstanceOf(RuntimeException.class);
        assertThat(all()).extracting(OrderEvent::type)
                .containsExactly(EventType.ORDER_CREATED, EventType.ORDER_STATUS_CHANGED);
    }

    @Test
    void an_event_committed_late_gets_a_position_after_the_ones_a_reader_has_seen() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> tx().executeWrite(s -> {
            orders.insert(OrderExamples.deposit("ev-slow"));
            written.countDown();
            await(commit);
            return null;
        }));
        assertThat(written.await(20, TimeUnit.SECONDS)).isTrue();
        orders.insert(OrderExamples.deposit("ev-fast"));
        List<OrderEvent> seen = all();
        commit.countDown();
        slow.get(20, TimeUnit.SECONDS);

        log.assignPositions(100);
        List<OrderEvent> later = log.after(seen.get(seen.size() - 1).position(), Set.of(), 100);

        assertThat(seen).extracting(OrderEvent::aggregateId).containsExactly("ev-fast");
        assertThat(later).extracting(OrderEvent::aggregateId).containsExactly("ev-slow");
    }

    @Test
    void types_filter_and_pruning_keeps_each_orders_newest_event() {
        Order order = orders.insert(OrderExamples.deposit("ev-3"));
        order.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.WEBHOOK, T0.plusSeconds(1)));
        orders.update(order);
        orders.insert(OrderExamples.deposit("ev-4"));
        all();

        assertThat(log.after(0, Set.of(EventType.ORDER_STATUS_CHANGED), 10)).extracting(OrderEvent::aggregateId)
                .containsExactly("ev-3");
        assertThat(log.prune(T0.plus(Duration.ofDays(1)))).isEqualTo(1);
        assertThat(all()).extracting(OrderEvent::aggregateId, OrderEvent::sequence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ev-3", 2L), org.assertj.core.groups.Tuple.tuple("ev-4", 1L));

        order = orders.findByMerchantTradeNo(new MerchantTradeNo("ev-3")).orElseThrow();
        order.flagForReview(com.cpay.platform.domain.order.ReviewReason.AMOUNT_MISMATCH, "x", T0.plusSeconds(5));
        orders.update(order);
        assertThat(all()).filteredOn(e -> e.aggregateId().equals("ev-3")).extracting(OrderEvent::sequence)
                .containsExactly(2L, 3L);
    }

    @Test
    void a_verified_notification_that_matches_no_order_is_an_event_of_its_own() {
        NotificationInbox inbox = bean(NotificationInbox.class);
        inbox.record(InboundNotification.verified("un-1", "{\"merchantTradeNo\":\"nobody\",\"orderStatus\":\"14\"}",
                T0));
        inbox.markUnmatched("un-1", new NotificationKeys(Optional.of(new MerchantTradeNo("nobody")), Optional.empty(),
                Optional.empty()), "no such order", T0.plusSeconds(1));

        List<OrderEvent> events = all();

        assertThat(events).extracting(OrderEvent::type).containsExactly(EventType.NOTIFICATION_UNMATCHED);
        assertThat(events.get(0).aggregateId()).isEqualTo("notification:un-1");
        assertThat(events.get(0).payload()).contains("\"merchantTradeNo\":\"nobody\"");
    }

    @Test
    void one_instance_holds_the_relay_lease_until_it_expires_or_is_released() {
        RelayLease lease = bean(RelayLease.class);
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        Duration ttl = Duration.ofSeconds(10);

        assertThat(lease.acquire("topic", "a", now, ttl)).isEqualTo(OptionalLong.of(0));
        assertThat(lease.acquire("topic", "b", now.plusSeconds(1), ttl)).isEmpty();
        assertThat(lease.advance("topic", "a", 7, now.plusSeconds(2))).isTrue();
        assertThat(lease.advance("topic", "b", 9, now.plusSeconds(2))).isFalse();
        assertThat(lease.acquire("topic", "b", now.plusSeconds(11), ttl)).isEqualTo(OptionalLong.of(7));
        assertThat(lease.advance("topic", "a", 8, now.plusSeconds(12))).as("a lost it").isFalse();
        lease.release("topic", "b");
        assertThat(lease.acquire("topic", "a", now.plusSeconds(13), ttl)).isEqualTo(OptionalLong.of(7));
        assertThat(lease.acquire("other-topic", "b", now.plusSeconds(13), ttl)).isEqualTo(OptionalLong.of(0));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private TransactionOperations<Connection> tx() {
        return context.getBean(Argument.of(TransactionOperations.class, Connection.class));
    }
}
