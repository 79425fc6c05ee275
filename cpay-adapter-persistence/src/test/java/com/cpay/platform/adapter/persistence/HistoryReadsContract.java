package com.cpay.platform.adapter.persistence;

import static com.cpay.platform.adapter.persistence.OrderExamples.T0;
import static com.cpay.platform.adapter.persistence.OrderExamples.tradeNo;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderRepository;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.StatusEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change to an order reads one entry of its history however long the history has grown, and costs what a change
 * to a short one costs; only showing the order reads every entry. Every statement the adapter runs goes through
 * {@link ReadCountingDriver}, which counts the rows each query returns.
 */
abstract class HistoryReadsContract extends DatabaseTest {

    private static final String HISTORY = "order_status_history";
    private static final int LONG = 300;

    private ReadCountingDriver.Statements statements;
    private OrderRepository orders;

    @Override
    Map<String, Object> contextProperties(Database.Isolated place) {
        statements = ReadCountingDriver.statements(place.url());
        Map<String, Object> p = new LinkedHashMap<>(place.properties());
        p.put("datasources.default.url", ReadCountingDriver.countingUrl(place.url()));
        p.put("datasources.default.driver-class-name", ReadCountingDriver.class.getName());
        return p;
    }

    @BeforeEach
    void emptyStore() throws Exception {
        orders = bean(OrderRepository.class);
        deleteAllOrders();
    }

    @Test
    void a_change_reads_one_history_entry_and_costs_what_a_change_to_a_short_history_costs() {
        stored("short", 1);
        stored("long", LONG);

        Cost ofShort = completed("short");
        Cost ofLong = completed("long");

        assertThat(ofLong.historyRows()).as("history rows a change to %d entries reads", LONG).isEqualTo(1);
        assertThat(ofShort.historyRows()).isEqualTo(1);
        assertThat(ofLong.rows()).as("rows read by the change, every table").isEqualTo(ofShort.rows());
        assertThat(ofLong.statements()).as("statements run by the change").isEqualTo(ofShort.statements());
        statements.clear();
        Order shown = orders.findByMerchantTradeNo(tradeNo("long")).orElseThrow();
        assertThat(shown.history()).hasSize(LONG + 1).last()
                .satisfies(last -> assertThat(last.to()).isEqualTo(OrderStatus.COMPLETED));
        assertThat(statements.rowsReadFrom(HISTORY)).as("showing the order reads all of it").isEqualTo(LONG + 1);
    }

    @Test
    void a_lease_reads_one_history_entry_per_order() {
        for (int i = 0; i < 3; i++) {
            stored("lease-" + i, 40);
        }
        clock.set(T0.plus(Duration.ofDays(1)));
        statements.clear();

        List<Order> leased = orders.leaseStaleOrders(10, Duration.ofMinutes(5), "holder", Duration.ofMinutes(1));

        assertThat(leased).hasSize(3).allSatisfy(o -> assertThat(o.snapshot().historySize()).isEqualTo(40));
        assertThat(statements.rowsReadFrom(HISTORY)).isEqualTo(3);
    }

    /** An order with {@code entries} PROCESSING reports, stored one change at a time. */
    private void stored(String name, int entries) {
        orders.insert(OrderExamples.deposit(name));
        for (int i = 1; i <= entries; i++) {
            Order order = orders.findByMerchantTradeNo(tradeNo(name), HistoryRead.LAST_ENTRY).orElseThrow();
            order.apply(OrderExamples.processing(T0.plusMillis(i)));
            orders.update(order);
        }
    }

    /** What reading the order to change it and storing the change cost. */
    private Cost completed(String name) {
        statements.clear();
        Order order = orders.findByMerchantTradeNo(tradeNo(name), HistoryRead.LAST_ENTRY).orElseThrow();
        order.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.WEBHOOK, Instant.parse("2026-03-11T00:00:00Z")));
        orders.update(order);
        return new Cost(statements.rowsReadFrom(HISTORY), statements.rowsRead(), statements.runs().size());
    }

    private record Cost(long historyRows, long rows, int statements) {
    }
}
