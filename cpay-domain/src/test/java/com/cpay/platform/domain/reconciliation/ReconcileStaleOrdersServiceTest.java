package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.deposit;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconcileStaleOrdersServiceTest {

    private static final Duration QUIET = Duration.ofMinutes(15);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final FakePlatform platform = new FakePlatform();
    private final ReconcileStaleOrdersService job = platform.reconcileStaleOrders();

    @Test
    void quiet_unfinished_orders_are_reconciled_and_recent_ones_left_alone() {
        platform.createDeposit().createDeposit(deposit(new MerchantTradeNo("old"), "1"), Examples.callback(),
                Examples.NO_EXT_INFO);
        platform.clock.advance(QUIET);
        platform.createDeposit().createDeposit(deposit(new MerchantTradeNo("new"), "1"), Examples.callback(),
                Examples.NO_EXT_INFO);
        platform.cpay.findOrder.answersWith(lookup -> Optional.of(OrderReport.of(
                ((OrderLookup.ByCpayOrderId) lookup).cpayOrderId(), StatusCode.of("14"))));

        ReconcileStaleOrdersUseCase.Result result = job.reconcileStale(new ReconcileStaleOrdersUseCase.Command(10, QUIET, "a", LEASE));

        assertThat(result.reconciled()).extracting(ReconcileOrderUseCase.Result::merchantTradeNo)
                .containsExactly(new MerchantTradeNo("old"));
        assertThat(result.failed()).isZero();
        assertThat(platform.orders.get(new MerchantTradeNo("old")).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(platform.orders.get(new MerchantTradeNo("new")).status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void an_order_cpay_cannot_be_asked_about_is_counted_and_the_others_still_done() {
        platform.createDeposit().createDeposit(deposit(new MerchantTradeNo("a"), "1"), Examples.callback(),
                Examples.NO_EXT_INFO);
        platform.createDeposit().createDeposit(deposit(new MerchantTradeNo("b"), "1"), Examples.callback(),
                Examples.NO_EXT_INFO);
        platform.clock.advance(QUIET);
        platform.cpay.findOrder.answersWith(lookup -> {
            if (((OrderLookup.ByCpayOrderId) lookup).cpayOrderId().equals(new CpayOrderId("cpay-1"))) {
                throw GatewayUnavailableException.timeout("getOrderDetail", null);
            }
            return Optional.empty();
        });

        ReconcileStaleOrdersUseCase.Result result = job.reconcileStale(new ReconcileStaleOrdersUseCase.Command(10, QUIET, "a", LEASE));

        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.reconciled()).hasSize(1);
    }

    @Test
    void two_workers_never_reconcile_the_same_order_while_a_lease_runs() {
        for (int i = 0; i < 4; i++) {
            platform.createDeposit().createDeposit(deposit(new MerchantTradeNo("o-" + i), "1"), Examples.callback(),
                    Examples.NO_EXT_INFO);
        }
        platform.clock.advance(QUIET);

        var first = job.reconcileStale(new ReconcileStaleOrdersUseCase.Command(2, QUIET, "worker-1", LEASE));
        var second = job.reconcileStale(new ReconcileStaleOrdersUseCase.Command(10, QUIET, "worker-2", LEASE));
        var third = job.reconcileStale(new ReconcileStaleOrdersUseCase.Command(10, QUIET, "worker-3", LEASE));

        assertThat(first.reconciled()).hasSize(2);
        assertThat(second.reconciled()).hasSize(2);
        assertThat(first.reconciled()).extracting(ReconcileOrderUseCase.Result::merchantTradeNo)
                .doesNotContainAnyElementsOf(second.reconciled().stream().map(ReconcileOrderUseCase.Result::merchantTradeNo)
                        .toList());
        assertThat(third.reconciled()).isEmpty();
        assertThat(platform.orders.leaseHolder(new MerchantTradeNo("o-0"))).contains("worker-1");
    }

    @Test
    void a_job_run_is_bounded_and_named() {
        assertRefused(() -> new ReconcileStaleOrdersUseCase.Command(0, QUIET, "a", LEASE), "batchSize", "range");
        assertRefused(() -> new ReconcileStaleOrdersUseCase.Command(1001, QUIET, "a", LEASE), "batchSize", "range");
        assertThat(new ReconcileStaleOrdersUseCase.Command(1000, QUIET, "a", LEASE).batchSize()).isEqualTo(1000);
        assertThat(new ReconcileStaleOrdersUseCase.Command(1, QUIET, "a", LEASE).batchSize()).isEqualTo(1);
        assertRefused(() -> new ReconcileStaleOrdersUseCase.Command(1, Duration.ZERO, "a", LEASE), "olderThan", "positive");
        assertRefused(() -> new ReconcileStaleOrdersUseCase.Command(1, QUIET, "a", Duration.ofSeconds(-1)), "leaseFor",
                "positive");
        assertRefusedWith(() -> new ReconcileStaleOrdersUseCase.Command(1, null, " ", null),
                "olderThan", "required", "holder", "required", "leaseFor", "required");
        assertThat(new ReconcileStaleOrdersUseCase.Command(1, Duration.ofNanos(1), "a", Duration.ofNanos(1)).olderThan())
                .isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void a_job_result_never_counts_below_zero() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new ReconcileStaleOrdersUseCase.Result(java.util.List.of(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
