package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.HASH;
import static com.cpay.platform.domain.fake.Examples.TRADE_NO;
import static com.cpay.platform.domain.fake.Examples.USER;
import static com.cpay.platform.domain.fake.Examples.deposit;
import static com.cpay.platform.domain.fake.Examples.webhook;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.order.StatusChange;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.shared.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Many webhooks for one order arriving at once, each on its own thread, against the repository fake that
 * checks versions as the database does. A delivery that loses every retry is answered FAIL and C-Pay
 * delivers it again, as the test does, until all are processed: no report may be lost or applied twice.
 */
class HandleCpayNotificationConcurrencyTest {

    private static final int THREADS = 8;

    private final FakePlatform platform = new FakePlatform();
    private final HandleCpayNotificationService service = platform.handleNotification();

    @BeforeEach
    void widenTheRaceBetweenReadingAndSaving() {
        platform.orders.pauseAfterReads(Duration.ofMillis(2));
    }

    @RepeatedTest(5)
    void concurrent_webhooks_for_one_order_are_each_recorded_once_and_the_order_ends_completed() throws Exception {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        List<HandleCpayNotificationUseCase.Command> deliveries = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String status = i % 2 == 0 ? "11" : "14";
            deliveries.add(platform.webhooks.signed("d-" + i, webhook(TRADE_NO, "cpay-1", status)));
        }

        deliverUntilAcknowledged(deliveries);

        Order order = platform.orders.get(TRADE_NO);
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.needsReview()).isFalse();
        assertThat(order.history()).as("the creation answer, then one entry per webhook").hasSize(1 + THREADS);
        assertThat(order.history()).extracting(StatusChange::outcome).doesNotContain(OutcomeKind.CONFLICT);
        assertThat(order.history()).filteredOn(c -> c.outcome() == OutcomeKind.APPLIED && c.from() != c.to())
                .hasSizeBetween(1, 2);
        assertThat(order.version()).isEqualTo(1 + THREADS);
        assertThat(platform.inbox.keysIn(InboxEntry.State.PROCESSED)).hasSize(THREADS);
        assertThat(platform.orders.refusedWrites()).as("stale saves that were retried").isPositive();
    }

    @RepeatedTest(5)
    void concurrent_deliveries_of_a_deposit_nobody_ordered_create_it_once() throws Exception {
        Map<String, String> fields = Map.of("merchantId", "20003092", "merchantUserId", USER.value(),
                "orderStatus", "14", "hash", HASH, "actualAmount", "10", "receivedAmount", "10", "fee", "0",
                "cryptoCurrency", "USDT", "createTime", "1663155010000");
        List<HandleCpayNotificationUseCase.Command> deliveries = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            deliveries.add(platform.webhooks.signed("n-" + i, fields));
        }

        List<HandleCpayNotificationUseCase.Result> results = deliverUntilAcknowledged(deliveries);

        assertThat(platform.orders.size()).isEqualTo(1);
        Order deposit = platform.orders.all().get(0);
        assertThat(deposit.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(deposit.history()).hasSize(THREADS);
        assertThat(results).filteredOn(r -> r.disposition() == HandleCpayNotificationUseCase.Result.Disposition.CREATED_DEPOSIT)
                .hasSize(1);
    }

    private List<HandleCpayNotificationUseCase.Result> deliverUntilAcknowledged(List<HandleCpayNotificationUseCase.Command> deliveries)
            throws Exception {
        List<HandleCpayNotificationUseCase.Result> acknowledged = new ArrayList<>();
        List<HandleCpayNotificationUseCase.Command> pending = deliveries;
        for (int round = 0; !pending.isEmpty(); round++) {
            assertThat(round).as("delivery rounds").isLessThan(20);
            List<HandleCpayNotificationUseCase.Command> failed = new ArrayList<>();
            List<Future<HandleCpayNotificationUseCase.Result>> futures = runTogether(pending);
            for (int i = 0; i < futures.size(); i++) {
                try {
                    acknowledged.add(futures.get(i).get(10, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfAny(ConcurrentUpdateException.class, ConflictException.class);
                    failed.add(pending.get(i));
                }
            }
            pending = failed;
        }
        return acknowledged;
    }

    private List<Future<HandleCpayNotificationUseCase.Result>> runTogether(List<HandleCpayNotificationUseCase.Command> deliveries)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(deliveries.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HandleCpayNotificationUseCase.Result>> futures = new ArrayList<>();
            for (HandleCpayNotificationUseCase.Command delivery : deliveries) {
                Callable<HandleCpayNotificationUseCase.Result> task = () -> {
                    start.await();
                    return service.handle(delivery);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            return futures;
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
