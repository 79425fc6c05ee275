package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.HASH;
import static com.cpay.platform.domain.fake.Examples.TRADE_NO;
import static com.cpay.platform.domain.fake.Examples.USER;
import static com.cpay.platform.domain.fake.Examples.deposit;
import static com.cpay.platform.domain.fake.Examples.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase.Result.Finding;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.TransactionHash;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconcileOrderServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final ReconcileOrderService service = platform.reconcileOrder();

    @Test
    void a_completion_cpay_reports_is_applied_with_its_amounts() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.cpay.findOrder.answers(Optional.of(OrderReport.of(new CpayOrderId("cpay-1"), StatusCode.of("14"))
                .withAmount(AmountKind.ACTUAL_AMOUNT, new BigDecimal("10"))
                .withAmount(AmountKind.FEE, new BigDecimal("0.000000000"))));

        ReconcileOrderUseCase.Result result = service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO));

        assertThat(result.finding()).isEqualTo(Finding.REPORTED);
        assertThat(result.outcome()).contains(OutcomeKind.APPLIED);
        assertThat(result.before()).isEqualTo(OrderStatus.PENDING);
        assertThat(result.after()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(result.needsReview()).isFalse();
        Order stored = platform.orders.get(TRADE_NO);
        assertThat(stored.reportedAmounts().fee()).contains(usdt("0"));
        assertThat(stored.history()).last().satisfies(c -> assertThat(c.source()).isEqualTo(EventSource.ORDER_QUERY));
        assertThat(result.order()).as("the order as stored").isEqualTo(stored.snapshot());
        assertThat(platform.cpay.findOrder.lastRequest()).isEqualTo(OrderLookup.of(new CpayOrderId("cpay-1")));
    }

    @Test
    void a_leased_order_is_reconciled_without_reading_its_whole_history() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.cpay.findOrder.answers(Optional.of(OrderReport.of(new CpayOrderId("cpay-1"), StatusCode.of("11"))));
        int before = platform.orders.wholeHistoryReads();

        // as the reconciliation job does: orders leased with their last history entry only
        service.reconcile(platform.orders.findByMerchantTradeNo(TRADE_NO, HistoryRead.LAST_ENTRY).orElseThrow());
        service.reconcile(platform.orders.findByMerchantTradeNo(TRADE_NO, HistoryRead.LAST_ENTRY).orElseThrow());

        assertThat(platform.orders.wholeHistoryReads() - before).isZero();
        assertThat(platform.orders.get(TRADE_NO).history()).extracting(c -> c.source())
                .endsWith(EventSource.ORDER_QUERY, EventSource.ORDER_QUERY);
    }

    @Test
    void a_refresh_answers_the_order_with_its_whole_history() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.cpay.findOrder.answers(Optional.of(OrderReport.of(new CpayOrderId("cpay-1"), StatusCode.of("11"))));
        service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO));
        platform.cpay.findOrder.answers(Optional.of(OrderReport.of(new CpayOrderId("cpay-1"), StatusCode.of("14"))));

        ReconcileOrderUseCase.Result again = service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO));

        assertThat(again.order()).isEqualTo(platform.orders.get(TRADE_NO).snapshot());
        assertThat(again.order().historyOffset()).isZero();
        assertThat(again.order().history()).hasSize(platform.orders.get(TRADE_NO).history().size())
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void an_order_whose_creation_timed_out_is_looked_up_by_merchant_trade_no() {
        platform.cpay.createDeposit.timesOut();
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.cpay.findOrder.answers(Optional.of(OrderReport.of(new CpayOrderId("cpay-9"), StatusCode.of("0"))));

        ReconcileOrderUseCase.Result result = service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO));

        assertThat(platform.cpay.findOrder.lastRequest()).isEqualTo(OrderLookup.of(TRADE_NO));
        assertThat(result.outcome()).contains(OutcomeKind.DUPLICATE);
        assertThat(platform.orders.get(TRADE_NO).cpayOrderId()).contains(new CpayOrderId("cpay-9"));
        assertThat(result.order().cpayOrderId()).contains(new CpayOrderId("cpay-9"));
    }

    @Test
    void a_deposit_nobody_ordered_is_looked_up_by_its_hash() {
        Map<String, String> fields = Map.of("merchantId", "20003092", "merchantUserId", USER.value(),
                "orderStatus", "11", "hash", HASH, "cryptoCurrency", "USDT", "createTime", "1663155010000");
        MerchantTradeNo tradeNo = platform.handleNotification()
                .handle(platform.webhooks.signed("n-1", fields)).merchantTradeNo().orElseThrow();

        ReconcileOrderUseCase.Result result = service.reconcile(new ReconcileOrderUseCase.Command(tradeNo));

        assertThat(platform.cpay.findOrder.lastRequest()).isEqualTo(OrderLookup.of(new TransactionHash(HASH)));
        assertThat(result.finding()).as("a deposit that came from C-Pay is never closed for being unknown")
                .isEqualTo(Finding.NOT_AT_CPAY_YET);
    }

    @Test
    void a_crypto_payout_with_a_known_hash_but_no_id_is_looked_up_by_hash() {
        platform.cpay.cryptoPayout.timesOut();
        var payout = platform.requestCryptoPayout().requestCryptoPayout(Examples.cryptoPayout("10", "9"),
                Examples.callback());
        Order order = platform.orders.get(payout.order().merchantTradeNo());
        order.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, platform.clock.instant())
                .withHash(new TransactionHash(HASH)));
        platform.orders.update(order);

        service.reconcile(new ReconcileOrderUseCase.Command(payout.order().merchantTradeNo()));

        assertThat(platform.cpay.findOrder.lastRequest()).isEqualTo(OrderLookup.of(new TransactionHash(HASH)));
    }

    @Test
    void a_young_payout_whose_creating_call_died_is_marked_outcome_unknown_at_once_and_not_sent_again() {
        platform.cpay.cryptoPayout.answersWith(request -> {
            throw new IllegalStateException("the process died during the call");
        });
        assertThatThrownBy(() -> platform.requestCryptoPayout().requestCryptoPayout(Examples.cryptoPayout("10", "9"),
                Examples.callback()))
                .isInstanceOf(IllegalStateException.class);
        MerchantTradeNo tradeNo = platform.orders.all().get(0).merchantTradeNo();

        ReconcileOrderUseCase.Result waiting = service.reconcile(new ReconcileOrderUseCase.Command(tradeNo));
        assertThat(waiting.finding()).as("its call may still be running").isEqualTo(Finding.NOT_AT_CPAY_YET);
        assertThat(platform.orders.get(tradeNo).outcomeUnknown()).isEmpty();

        ReconcileOrderUseCase.Result taken = service.reconcile(new ReconcileOrderUseCase.Command(tradeNo, true));

        assertThat(taken.finding()).isEqualTo(Finding.OUTCOME_STILL_UNKNOWN);
        assertThat(taken.after()).isEqualTo(OrderStatus.PENDING);
        assertThat(platform.orders.get(tradeNo).outcomeUnknown()).isPresent();
        assertThat(platform.cpay.cryptoPayout.calls()).isEqualTo(1);
    }

    @Test
    void a_young_deposit_whose_creating_call_died_is_marked_outcome_unknown_and_closed_only_after_the_grace_period() {
        platform.cpay.createDeposit.answersWith(request -> {
            throw new IllegalStateException("the process died during the call");
        });
        assertThatThrownBy(() -> platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(),
                Examples.NO_EXT_INFO))
                .isInstanceOf(IllegalStateException.class);

        ReconcileOrderUseCase.Result waiting = service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO));
        assertThat(waiting.finding()).as("its call may still be running").isEqualTo(Finding.NOT_AT_CPAY_YET);
        assertThat(platform.orders.get(TRADE_NO).outcomeUnknown()).isEmpty();

        ReconcileOrderUseCase.Result taken = service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO, true));

        assertThat(taken.finding()).isEqualTo(Finding.OUTCOME_STILL_UNKNOWN);
        assertThat(taken.after()).isEqualTo(OrderStatus.PENDING);
        assertThat(platform.orders.get(TRADE_NO).outcomeUnknown()).isPresent();
        assertThat(platform.cpay.createDeposit.calls()).isEqualTo(1);

        platform.clock.advance(ReconcileOrderService.DEFAULT_GRACE.plusSeconds(1));
        ReconcileOrderUseCase.Result later = service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO));
        assertThat(later.finding()).isEqualTo(Finding.CLOSED_NEVER_ARRIVED);
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.CLOSED);
    }

    @Test
    void an_order_cpay_does_not_know_yet_is_left_alone_during_the_grace_period() {
        platform.cpay.createDeposit.cannotConnect();
        platform.cpay.createDeposit.timesOut();
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.clock.advance(ReconcileOrderService.DEFAULT_GRACE.minusSeconds(1));

        ReconcileOrderUseCase.Result result = service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO));

        assertThat(result.finding()).isEqualTo(Finding.NOT_AT_CPAY_YET);
        assertThat(result.outcome()).isEmpty();
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void an_order_cpay_never_received_is_closed_after_the_grace_period() {
        platform.cpay.createDeposit.timesOut();
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.clock.advance(ReconcileOrderService.DEFAULT_GRACE);

        ReconcileOrderUseCase.Result result = service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO));

        assertThat(result.finding()).isEqualTo(Finding.CLOSED_NEVER_ARRIVED);
        assertThat(result.after()).isEqualTo(OrderStatus.CLOSED);
        Order stored = platform.orders.get(TRADE_NO);
        assertThat(stored.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(stored.history()).last().satisfies(c -> assertThat(c.source()).isEqualTo(EventSource.ORDER_QUERY));
    }

    @Test
    void a_finished_order_cpay_does_not_know_is_not_closed_again() {
        platform.cpay.createDeposit.cannotConnect();
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.clock.advance(Duration.ofDays(1));

        ReconcileOrderUseCase.Result result = service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO));

        assertThat(result.finding()).isEqualTo(Finding.NOT_AT_CPAY_YET);
        assertThat(platform.orders.get(TRADE_NO).history()).hasSize(1);
    }

    @Test
    void an_order_cpay_gave_an_id_but_no_longer_knows_is_reported_missing() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.clock.advance(Duration.ofDays(1));

        ReconcileOrderUseCase.Result result = service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO));

        assertThat(result.finding()).isEqualTo(Finding.MISSING_AT_CPAY);
        assertThat(result.after()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void an_order_we_do_not_have_cannot_be_reconciled() {
        assertThatThrownBy(() -> service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO)))
                .isInstanceOf(NotFoundException.class);
        assertThat(platform.cpay.findOrder.calls()).isZero();
    }

    @Test
    void a_refused_query_is_passed_on_and_changes_nothing() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.cpay.findOrder.rejects(1, "fail");

        assertThatThrownBy(() -> service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO)))
                .isInstanceOf(GatewayRejectedException.class);
        assertThat(platform.orders.get(TRADE_NO).version()).isEqualTo(1);
    }

    @Test
    void a_report_with_unreadable_amounts_still_moves_the_status_and_flags_the_order() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.cpay.findOrder.answers(Optional.of(OrderReport.of(new CpayOrderId("cpay-1"), StatusCode.of("14"))
                .withAmount(AmountKind.FEE, new BigDecimal("0.123456789"))));

        ReconcileOrderUseCase.Result result = service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO));

        assertThat(result.after()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(result.needsReview()).isTrue();
        assertThat(platform.orders.get(TRADE_NO).reviewNotes()).singleElement()
                .satisfies(n -> assertThat(n.reason()).isEqualTo(ReviewReason.AMOUNT_MISMATCH));
    }

    @Test
    void a_webhook_landing_between_query_and_save_is_kept_and_the_report_applied_on_top() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.cpay.findOrder.answersWith(lookup -> {
            Order meanwhile = platform.orders.get(TRADE_NO);
            meanwhile.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, platform.clock.instant()));
            platform.orders.update(meanwhile);
            return Optional.of(OrderReport.of(new CpayOrderId("cpay-1"), StatusCode.of("14")));
        });

        ReconcileOrderUseCase.Result result = service.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO));

        assertThat(result.after()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(platform.orders.get(TRADE_NO).history()).extracting(c -> c.to())
                .containsExactly(OrderStatus.PENDING, OrderStatus.PROCESSING, OrderStatus.COMPLETED);
        assertThat(platform.cpay.findOrder.calls()).isEqualTo(1);
    }

    @Test
    void the_grace_period_can_be_chosen() {
        platform.cpay.createDeposit.timesOut();
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.clock.advance(Duration.ofMinutes(10));
        var quick = new ReconcileOrderService(platform.cpay, platform.orders, platform.orders, platform.clock,
                Duration.ofMinutes(10));

        assertThat(quick.reconcile(new ReconcileOrderUseCase.Command(TRADE_NO)).finding())
                .isEqualTo(Finding.CLOSED_NEVER_ARRIVED);
    }
}
