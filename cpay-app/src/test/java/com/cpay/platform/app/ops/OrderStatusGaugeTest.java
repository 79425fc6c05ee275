package com.cpay.platform.app.ops;

import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.query.AttentionCounts;
import com.cpay.platform.domain.order.query.CountOrdersPort;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.BeanProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders gauges recount the open statuses and the attention counts at every refresh, and the terminal statuses,
 * whose count reads every order ever stored, only once their own interval has passed.
 */
class OrderStatusGaugeTest {

    private final StoredCounts stored = new StoredCounts();
    private final MeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void terminal_statuses_keep_their_last_count_until_their_interval_has_passed() {
        OrderStatusGauge gauge = gauge(Duration.ofHours(1));
        stored.set(OrderStatus.PENDING, 2).set(OrderStatus.COMPLETED, 5).set(OrderStatus.CLOSED, 1);
        gauge.refresh();
        assertThat(shown(OrderStatus.PENDING)).isEqualTo(2);
        assertThat(shown(OrderStatus.COMPLETED)).isEqualTo(5);

        stored.set(OrderStatus.PENDING, 3).set(OrderStatus.PROCESSING, 4).set(OrderStatus.COMPLETED, 7)
                .attention(1, 2);
        gauge.refresh();

        assertThat(stored.calls).containsExactly("all", "attention", "open", "attention");
        assertThat(shown(OrderStatus.PENDING)).isEqualTo(3);
        assertThat(shown(OrderStatus.PROCESSING)).isEqualTo(4);
        assertThat(shown(OrderStatus.COMPLETED)).isEqualTo(5);
        assertThat(shown(OrderStatus.CLOSED)).isEqualTo(1);
        assertThat(registry.get("cpay.orders.needing.review").gauge().value()).isEqualTo(1);
        assertThat(registry.get("cpay.orders.outcome.unknown").gauge().value()).isEqualTo(2);
    }

    @Test
    void every_status_is_recounted_once_the_terminal_interval_has_passed() {
        OrderStatusGauge gauge = gauge(Duration.ZERO);
        stored.set(OrderStatus.COMPLETED, 5);
        gauge.refresh();
        stored.set(OrderStatus.COMPLETED, 7);
        gauge.refresh();

        assertThat(stored.calls).containsExactly("all", "attention", "all", "attention");
        assertThat(shown(OrderStatus.COMPLETED)).isEqualTo(7);
    }

    private OrderStatusGauge gauge(Duration terminalRefresh) {
        return new OrderStatusGauge(provider(stored), provider(registry), terminalRefresh);
    }

    private double shown(OrderStatus status) {
        return registry.get("cpay.orders").tag("status", status.name()).gauge().value();
    }

    private static <T> BeanProvider<T> provider(T bean) {
        return () -> bean;
    }

    /** What the database holds, as the port counts it, and which counts were asked for. */
    private static final class StoredCounts implements CountOrdersPort {

        private final Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
        private final List<String> calls = new ArrayList<>();
        private AttentionCounts attention = new AttentionCounts(0, 0);

        StoredCounts() {
            for (OrderStatus status : OrderStatus.values()) {
                byStatus.put(status, 0L);
            }
        }

        StoredCounts set(OrderStatus status, long count) {
            byStatus.put(status, count);
            return this;
        }

        StoredCounts attention(long needingReview, long outcomeUnknown) {
            attention = new AttentionCounts(needingReview, outcomeUnknown);
            return this;
        }

        @Override
        public Map<OrderStatus, Long> countByStatus() {
            calls.add("all");
            return new EnumMap<>(byStatus);
        }

        @Override
        public Map<OrderStatus, Long> countOpenByStatus() {
            calls.add("open");
            Map<OrderStatus, Long> open = new EnumMap<>(byStatus);
            open.keySet().removeIf(OrderStatus::isTerminal);
            return open;
        }

        @Override
        public AttentionCounts countNeedingAttention() {
            calls.add("attention");
            return attention;
        }
    }
}
