package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.notification.InboundNotification;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.order.OrderRepository;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Throughput of recording a webhook through the adapter on PostgreSQL: in one transaction the inbox insert,
 * the order read, the order update (status report appended to the history) and marking the inbox entry
 * processed. Not a unit test; run by {@code bench/run.sh}, which also runs pgbench with the same statements.
 *
 * <p>Arguments: {@code [threads=4] [seconds=10] [orders=1000]}. Uses a scratch schema, dropped at the end.
 */
public final class WebhookRecordingBenchmark {

    private WebhookRecordingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int orderCount = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Database.Isolated place = Database.Isolated.postgres("cpay_bench_" + System.currentTimeMillis());
        Map<String, Object> properties = place.properties();
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                .properties(properties).start()) {
            OrderRepository orders = context.getBean(OrderRepository.class);
            NotificationInbox inbox = context.getBean(NotificationInbox.class);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> tx = context.getBean(Argument.of(TransactionOperations.class,
                    Connection.class));
            for (int i = 0; i < orderCount; i++) {
                orders.insert(OrderExamples.deposit("bench-" + i));
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            // warm-up, then the measured run
            run(pool, threads, 5, orderCount, orders, inbox, tx, "warm");
            long started = System.nanoTime();
            long done = run(pool, threads, seconds, orderCount, orders, inbox, tx, "run");
            double elapsed = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            System.out.printf("adapter: threads=%d seconds=%.1f webhooks=%d throughput=%.1f tx/s pool=%s%n",
                    threads, elapsed, done, done / elapsed, properties.get("datasources.default.maximum-pool-size"));
        } finally {
            place.drop();
        }
    }

    private static long run(ExecutorService pool, int threads, int seconds, int orderCount, OrderRepository orders,
                            NotificationInbox inbox, TransactionOperations<Connection> tx, String phase)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder count = new LongAdder();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                long n = 0;
                while (!stop.get()) {
                    // each thread has its own orders, so the figure measures storage, not lock conflicts
                    int order = (int) (thread + threads * (n % (orderCount / threads)));
                    String key = phase + "-" + thread + "-" + n;
                    Instant at = OrderExamples.T0.plusMillis(n);
                    long amount = n;
                    tx.executeWrite(status -> {
                        inbox.record(InboundNotification.verified(key,
                                "{\"orderId\":\"cp-bench\",\"orderStatus\":\"11\",\"sign\":\"ab\"}", at));
                        Order o = orders.findByMerchantTradeNo(new MerchantTradeNo("bench-" + order),
                                HistoryRead.LAST_ENTRY).orElseThrow();
                        o.apply(OrderExamples.processing(at).withAmounts(ReportedAmounts.none().with(AmountKind.ACTUAL_AMOUNT,
                                OrderExamples.btc("0.0000" + (1000 + amount % 9000)))));
                        orders.update(o);
                        inbox.markProcessed(key, at);
                        return null;
                    });
                    count.increment();
                    n++;
                }
                return null;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Future<?> worker : workers) {
            worker.get();
        }
        return count.sum();
    }
}
