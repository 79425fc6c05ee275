package com.cpay.platform.app.ops;

import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.query.AttentionCounts;
import com.cpay.platform.domain.order.query.CountOrdersPort;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gauges counted every {@code cpay.metrics.orders-refresh} (default 30 s) through the domain's
 * {@link CountOrdersPort}: {@code cpay.orders} tagged {@code status} (how many orders of this merchant are in each
 * status), {@code cpay.orders.needing.review} and {@code cpay.orders.outcome.unknown} (orders that wait for a person
 * or for evidence; the alert rules in deploy/ watch them). The terminal statuses (COMPLETED, CLOSED) are recounted
 * only every {@code cpay.metrics.orders-terminal-refresh} (default 10 min): their count reads every order ever
 * stored, which at a million orders cost 0.3 s of the database per count, where everything else here reads only
 * the orders still open or waiting.
 */
@Singleton
public class OrderStatusGauge {

    private static final Logger LOG = LoggerFactory.getLogger(OrderStatusGauge.class);

    private final BeanProvider<CountOrdersPort> counter;
    private final BeanProvider<MeterRegistry> meters;
    private final Map<OrderStatus, AtomicLong> counts = new EnumMap<>(OrderStatus.class);
    private final AtomicLong needingReview = new AtomicLong();
    private final AtomicLong outcomeUnknown = new AtomicLong();
    private final Duration terminalRefresh;
    /** System.nanoTime() of the last count of every status; none yet while empty. */
    private OptionalLong lastFullCount = OptionalLong.empty();

    public OrderStatusGauge(BeanProvider<CountOrdersPort> counter, BeanProvider<MeterRegistry> meters,
                            @Value("${cpay.metrics.orders-terminal-refresh:10m}") Duration terminalRefresh) {
        this.counter = counter;
        this.meters = meters;
        this.terminalRefresh = terminalRefresh;
    }

    // registered at the first refresh rather than at start-up, which stays lighter
    private void register() {
        MeterRegistry registry = meters.get();
        for (OrderStatus status : OrderStatus.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(status, count);
            Gauge.builder("cpay.orders", count, AtomicLong::get).description("Orders by status")
                    .tag("status", status.name()).register(registry);
        }
        Gauge.builder("cpay.orders.needing.review", needingReview, AtomicLong::get)
                .description("Orders flagged for review and not yet marked reviewed").register(registry);
        Gauge.builder("cpay.orders.outcome.unknown", outcomeUnknown, AtomicLong::get)
                .description("Orders sent to C-Pay whose outcome is not known yet (never resent on their own)")
                .register(registry);
    }

    @Scheduled(fixedDelay = "${cpay.metrics.orders-refresh:30s}", initialDelay = "${cpay.metrics.orders-initial-delay:5s}")
    synchronized void refresh() {
        if (counts.isEmpty()) {
            register();
        }
        try {
            long now = System.nanoTime();
            boolean all = lastFullCount.isEmpty() || now - lastFullCount.getAsLong() >= terminalRefresh.toNanos();
            Map<OrderStatus, Long> found = all ? counter.get().countByStatus() : counter.get().countOpenByStatus();
            counts.forEach((status, count) -> {
                if (found.containsKey(status)) {
                    count.set(found.get(status));
                }
            });
            if (all) {
                lastFullCount = OptionalLong.of(now);
            }
            AttentionCounts attention = counter.get().countNeedingAttention();
            needingReview.set(attention.needingReview());
            outcomeUnknown.set(attention.outcomeUnknown());
        } catch (RuntimeException e) {
            LOG.debug("orders by status not counted: {}", e.toString());
        }
    }
}
