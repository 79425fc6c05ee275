package com.cpay.platform.adapter.persistence;

import static com.cpay.platform.adapter.persistence.OrderExamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.order.StatusChange;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.order.OrderRepository;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking under real contention: 8 threads each apply 500 status reports to the same 8 orders
 * with read - apply - update, retrying from a fresh read on {@link ConcurrentUpdateException}; each read is what a
 * webhook does, the order with only its last history entry. No report may be lost: every order's history holds
 * exactly the reports sent to it.
 */
abstract class ConcurrentUpdateContract extends DatabaseTest {

    private static final int THREADS = 8;
    private static final int EVENTS_PER_THREAD = 500;
    private static final int ORDERS = 8;

    @Test
    void no_update_is_lost_when_eight_threads_update_the_same_orders() throws Exception {
        OrderRepository orders = bean(OrderRepository.class);
        for (int o = 0; o < ORDERS; o++) {
            orders.insert(OrderExamples.deposit("conc-" + o));
        }
        AtomicInteger retries = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                start.await();
                for (int j = 0; j < EVENTS_PER_THREAD; j++) {
                    MerchantTradeNo no = new MerchantTradeNo("conc-" + (j % ORDERS));
                    Instant observed = observedAt(thread, j);
                    while (true) {
                        Order order = orders.findByMerchantTradeNo(no, HistoryRead.LAST_ENTRY).orElseThrow();
                        order.apply(OrderExamples.processing(observed));
                        try {
                            orders.update(order);
                            break;
                        } catch (ConcurrentUpdateException e) {
                            retries.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Map<Integer, List<Instant>> sent = new HashMap<>();
        for (int t = 0; t < THREADS; t++) {
            for (int j = 0; j < EVENTS_PER_THREAD; j++) {
                sent.computeIfAbsent(j % ORDERS, k -> new ArrayList<>()).add(observedAt(t, j));
            }
        }
        int total = 0;
        for (int o = 0; o < ORDERS; o++) {
            Order order = orders.findByMerchantTradeNo(new MerchantTradeNo("conc-" + o)).orElseThrow();
            List<Instant> expected = sent.get(o);
            total += order.history().size();
            assertThat(order.history()).hasSize(expected.size());
            assertThat(order.version()).isEqualTo(expected.size());
            assertThat(order.history()).extracting(StatusChange::at).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(order.history()).filteredOn(h -> h.outcome() == OutcomeKind.APPLIED).hasSize(1);
            assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(order.updatedAt()).isEqualTo(expected.stream().max(Instant::compareTo).orElseThrow());
        }
        assertThat(total).isEqualTo(THREADS * EVENTS_PER_THREAD);
        System.out.printf("%s: %d updates, %d retries after ConcurrentUpdateException%n", getClass().getSimpleName(),
                total, retries.get());
    }

    private static Instant observedAt(int thread, int event) {
        return T0.plusMillis(1 + thread * EVENTS_PER_THREAD + event);
    }
}
