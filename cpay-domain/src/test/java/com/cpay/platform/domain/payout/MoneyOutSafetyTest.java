package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.reconciliation.ReconcileStaleOrdersUseCase;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase;
import com.cpay.platform.domain.fake.Examples;
import com.cpay.platform.domain.order.lifecycle.LookupSchedule;
import com.cpay.platform.domain.reconciliation.ReconcileOrderService;
import com.cpay.platform.domain.reconciliation.ReconcileStaleOrdersService;
import static com.cpay.platform.domain.fake.Examples.cryptoPayout;
import static com.cpay.platform.domain.fake.Examples.deposit;
import static com.cpay.platform.domain.fake.Examples.exchange;
import static com.cpay.platform.domain.fake.Examples.pixPayout;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.order.ReviewNote;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.StatusChange;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase.Result.Finding;
import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * docs/decisions.md, decision 25: a money-out order whose answer was lost is never sent again by the code on its own, never
 * closed by reconciliation, and only an operator's resubmission sends it once more.
 */
class MoneyOutSafetyTest {

    private final FakePlatform platform = new FakePlatform();

    @Test
    void every_money_out_kind_is_marked_and_no_money_in_kind_is() {
        assertThat(Arrays.stream(OrderKind.values()).filter(OrderKind::movesMoneyOut))
                .containsExactlyInAnyOrder(OrderKind.CRYPTO_PAYOUT, OrderKind.PIX_PAYOUT, OrderKind.CRYPTO_EXCHANGE,
                        OrderKind.DIRECT_CARD);
    }

    @Test
    void a_lost_withdraw_answer_leaves_the_order_outcome_unknown_in_its_history() {
        MerchantTradeNo tradeNo = lostWithdraw();

        Order order = platform.orders.get(tradeNo);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.outcomeUnknown()).hasValueSatisfying(u -> {
            assertThat(u.since()).isEqualTo(platform.clock.instant());
            assertThat(u.lookups()).isZero();
            assertThat(u.nextLookupAt()).isEqualTo(platform.clock.instant().plus(LookupSchedule.FIRST));
        });
        assertThat(order.history()).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(OutcomeKind.OUTCOME_UNKNOWN);
            assertThat(c.source()).isEqualTo(EventSource.CREATE_RESPONSE);
            assertThat(c.from()).isEqualTo(OrderStatus.PENDING);
            assertThat(c.to()).isEqualTo(OrderStatus.PENDING);
        });
        assertThat(platform.cpay.cryptoPayout.calls()).isEqualTo(1);
    }

    @Test
    void reconciliation_never_closes_a_money_out_order_and_sends_it_to_review_when_the_lookups_are_used_up() {
        MerchantTradeNo tradeNo = lostWithdraw();
        platform.cpay.findOrder.answers(Optional.empty());
        ReconcileOrderService reconcile = platform.reconcileOrder();

        Finding last = null;
        for (int lookup = 1; lookup <= LookupSchedule.LOOKUPS_BEFORE_REVIEW; lookup++) {
            platform.clock.advance(Duration.ofHours(2));
            last = reconcile.reconcile(new ReconcileOrderUseCase.Command(tradeNo)).finding();
            Order order = platform.orders.get(tradeNo);
            assertThat(order.status()).as("lookup %d", lookup).isEqualTo(OrderStatus.PENDING);
            assertThat(order.outcomeUnknown().orElseThrow().lookups()).isEqualTo(lookup);
            assertThat(order.needsReview()).isEqualTo(lookup >= LookupSchedule.LOOKUPS_BEFORE_REVIEW);
        }

        assertThat(last).isEqualTo(Finding.SENT_TO_REVIEW);
        assertThat(platform.orders.get(tradeNo).reviewNotes()).extracting(ReviewNote::reason)
                .containsExactly(ReviewReason.OUTCOME_UNKNOWN);
        assertThat(platform.cpay.cryptoPayout.calls()).as("never re-sent").isEqualTo(1);
    }

    @Test
    void the_job_waits_for_the_next_lookup_and_backs_off() {
        MerchantTradeNo tradeNo = lostWithdraw();
        platform.cpay.findOrder.answers(Optional.empty());
        ReconcileStaleOrdersService job = platform.reconcileStaleOrders();
        ReconcileStaleOrdersUseCase.Command command = new ReconcileStaleOrdersUseCase.Command(10, Duration.ofSeconds(1), "job",
                Duration.ofSeconds(1));

        assertThat(job.reconcileStale(command).reconciled()).as("before the first lookup is due").isEmpty();
        platform.clock.advance(LookupSchedule.FIRST);
        assertThat(job.reconcileStale(command).reconciled()).hasSize(1);
        platform.clock.advance(LookupSchedule.FIRST);
        assertThat(job.reconcileStale(command).reconciled()).as("the second waits twice as long").isEmpty();
        platform.clock.advance(LookupSchedule.FIRST);
        assertThat(job.reconcileStale(command).reconciled()).hasSize(1);
        assertThat(platform.cpay.findOrder.calls()).isEqualTo(2);
    }

    @Test
    void a_money_in_order_that_never_arrived_is_still_closed_after_the_grace_period() {
        platform.cpay.createDeposit.timesOut();
        platform.createDeposit().createDeposit(deposit(Examples.TRADE_NO, "10"), Examples.callback(),
                Examples.NO_EXT_INFO);
        platform.cpay.findOrder.answers(Optional.empty());
        platform.clock.advance(ReconcileOrderService.DEFAULT_GRACE);

        var result = platform.reconcileOrder().reconcile(new ReconcileOrderUseCase.Command(Examples.TRADE_NO));

        assertThat(result.finding()).isEqualTo(Finding.CLOSED_NEVER_ARRIVED);
        assertThat(platform.orders.get(Examples.TRADE_NO).outcomeUnknown()).isEmpty();
    }

    @Test
    void a_payout_sent_without_any_recorded_answer_becomes_outcome_unknown_after_the_grace_period() {
        // the process stopped between storing the order and recording C-Pay's answer
        platform.cpay.cryptoPayout.answersWith(request -> {
            throw new IllegalStateException("the process stopped");
        });
        assertThatThrownBy(() -> platform.requestCryptoPayout().requestCryptoPayout(cryptoPayout("10", "9"),
                Examples.callback()));
        MerchantTradeNo tradeNo = platform.orders.all().get(0).merchantTradeNo();
        platform.cpay.findOrder.answers(Optional.empty());
        platform.clock.advance(ReconcileOrderService.DEFAULT_GRACE);

        var result = platform.reconcileOrder().reconcile(new ReconcileOrderUseCase.Command(tradeNo));

        assertThat(result.finding()).isEqualTo(Finding.OUTCOME_STILL_UNKNOWN);
        Order order = platform.orders.get(tradeNo);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.outcomeUnknown()).hasValueSatisfying(u -> assertThat(u.lookups()).isEqualTo(1));
        assertThat(order.history()).extracting(StatusChange::source).containsExactly(EventSource.ORDER_QUERY);
    }

    @Test
    void evidence_from_cpay_settles_an_unknown_outcome() {
        MerchantTradeNo tradeNo = lostWithdraw();
        platform.cpay.findOrder.answers(Optional.of(OrderReport.of(new CpayOrderId("cp-7"), StatusCode.of("14"))));
        platform.clock.advance(Duration.ofMinutes(5));

        var result = platform.reconcileOrder().reconcile(new ReconcileOrderUseCase.Command(tradeNo));

        assertThat(result.finding()).isEqualTo(Finding.REPORTED);
        Order order = platform.orders.get(tradeNo);
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.outcomeUnknown()).isEmpty();
        assertThat(order.canBeResubmitted()).isFalse();
    }

    @Test
    void a_resubmission_sends_the_same_payout_exactly_once_more_and_records_who_decided_why() {
        MerchantTradeNo tradeNo = lostWithdraw();
        var first = platform.cpay.cryptoPayout.lastRequest();
        platform.cpay.cryptoPayout.reset();
        platform.clock.advance(Duration.ofHours(3));

        var result = platform.resubmitOrder().resubmit(command(tradeNo, "C-Pay support confirmed no such payout"));

        assertThat(result.outcome()).isInstanceOf(SubmissionOutcome.Accepted.class);
        assertThat(platform.cpay.cryptoPayout.calls()).as("the first sending and exactly one more").isEqualTo(2);
        var again = platform.cpay.cryptoPayout.lastRequest();
        assertThat(again.order().merchantTradeNo()).isEqualTo(first.order().merchantTradeNo());
        assertThat(again.details().amounts()).isEqualTo(first.details().amounts());
        assertThat(again.details().checkedAddress()).isEqualTo(first.details().checkedAddress());
        assertThat(again.order().createdAt()).as("the original request's time").isEqualTo(first.order().createdAt());
        Order order = platform.orders.get(tradeNo);
        assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(order.outcomeUnknown()).isEmpty();
        assertThat(order.history()).extracting(StatusChange::outcome).containsExactly(OutcomeKind.OUTCOME_UNKNOWN,
                OutcomeKind.RESUBMITTED, OutcomeKind.APPLIED);
        assertThat(order.reviewNotes()).extracting(ReviewNote::detail)
                .containsExactly("C-Pay support confirmed no such payout");
        assertThat(result.order()).as("the order as stored").isEqualTo(order.snapshot());
    }

    @Test
    void a_stored_payout_to_an_address_todays_checksums_refuse_is_not_resubmitted_and_nothing_is_recorded() {
        MerchantTradeNo tradeNo = lostWithdraw();
        storeWithAddress(tradeNo, "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnW");
        Order before = platform.orders.get(tradeNo);

        assertRefused(() -> platform.resubmitOrder().resubmit(command(tradeNo, "checked")), "toAddress",
                "address-checksum");

        assertThat(platform.cpay.cryptoPayout.calls()).as("only the first sending").isEqualTo(1);
        assertThat(platform.orders.get(tradeNo).snapshot()).isEqualTo(before.snapshot());
    }

    @Test
    void a_resubmission_cpay_refuses_keeps_the_order_open_in_review() {
        MerchantTradeNo tradeNo = lostWithdraw();
        platform.cpay.cryptoPayout.reset().rejects(1, "merchantTradeNo already exists");

        var result = platform.resubmitOrder().resubmit(command(tradeNo, "checked"));

        assertThat(result.outcome()).isInstanceOf(SubmissionOutcome.Rejected.class);
        Order order = platform.orders.get(tradeNo);
        assertThat(order.status()).as("a refusal may mean the first one arrived").isEqualTo(OrderStatus.PENDING);
        assertThat(order.rejection()).isEmpty();
        assertThat(order.needsReview()).isTrue();
        assertThat(order.reviewNotes()).extracting(ReviewNote::reason)
                .containsExactly(ReviewReason.RESUBMITTED, ReviewReason.RESUBMISSION_REFUSED);
        assertThat(result.order()).as("the order as stored").isEqualTo(order.snapshot());
    }

    @Test
    void a_resubmission_whose_answer_is_lost_again_is_outcome_unknown_again_and_not_resent() {
        MerchantTradeNo tradeNo = lostWithdraw();
        platform.cpay.cryptoPayout.reset().timesOut();

        var result = platform.resubmitOrder().resubmit(command(tradeNo, "checked"));

        assertThat(result.outcome()).isInstanceOf(SubmissionOutcome.Unconfirmed.class);
        assertThat(platform.cpay.cryptoPayout.calls()).as("the first sending and exactly one more").isEqualTo(2);
        assertThat(platform.orders.get(tradeNo).outcomeUnknown()).isPresent();
        assertThat(platform.orders.get(tradeNo).history()).last()
                .satisfies(c -> assertThat(c.source()).isEqualTo(EventSource.OPERATOR));
    }

    @Test
    void pix_payouts_and_exchanges_are_resubmitted_through_their_own_operation() {
        platform.cpay.pixPayout.timesOut();
        MerchantTradeNo pix = platform.requestPixPayout().requestPixPayout(pixPayout("100"), OrderUrls.none(),
                Examples.PIX_REMARK).order().merchantTradeNo();
        platform.cpay.exchange.timesOut();
        MerchantTradeNo swap = platform.exchange().exchange(exchange("400")).order().merchantTradeNo();
        platform.cpay.pixPayout.reset();
        platform.cpay.exchange.reset();

        platform.resubmitOrder().resubmit(command(pix, "checked"));
        platform.resubmitOrder().resubmit(command(swap, "checked"));

        assertThat(platform.cpay.pixPayout.calls()).as("the first sending and exactly one more").isEqualTo(2);
        assertThat(platform.cpay.pixPayout.lastRequest().order().merchantTradeNo()).isEqualTo(pix);
        assertThat(platform.cpay.exchange.calls()).as("the first sending and exactly one more").isEqualTo(2);
        assertThat(platform.orders.get(swap).status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void only_an_open_money_out_order_in_review_or_with_unknown_outcome_can_be_resubmitted() {
        MerchantTradeNo accepted = platform.requestCryptoPayout().requestCryptoPayout(cryptoPayout("10", "9"),
                Examples.callback())
                .order().merchantTradeNo();
        platform.cpay.createDeposit.timesOut();
        platform.createDeposit().createDeposit(deposit(Examples.TRADE_NO, "10"), Examples.callback(),
                Examples.NO_EXT_INFO);
        int sent = platform.cpay.cryptoPayout.calls();

        assertThatThrownBy(() -> platform.resubmitOrder().resubmit(command(accepted, "x")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cannot be resubmitted");
        assertThatThrownBy(() -> platform.resubmitOrder().resubmit(command(Examples.TRADE_NO, "x")))
                .as("a deposit is not money out").isInstanceOf(ConflictException.class);
        assertThat(platform.cpay.cryptoPayout.calls()).isEqualTo(sent);
    }

    @Test
    void a_second_resubmission_of_the_same_order_sends_nothing() {
        MerchantTradeNo tradeNo = lostWithdraw();
        platform.cpay.cryptoPayout.reset();
        platform.resubmitOrder().resubmit(command(tradeNo, "checked"));

        assertThatThrownBy(() -> platform.resubmitOrder().resubmit(command(tradeNo, "checked again")))
                .isInstanceOf(ConflictException.class);
        assertThat(platform.cpay.cryptoPayout.calls()).as("the first sending and exactly one more").isEqualTo(2);
    }

    @Test
    void a_withdrawal_fee_other_than_total_minus_received_is_flagged_once() {
        platform.cpay.cryptoPayout.answers(new com.cpay.platform.domain.payout.PayoutAccepted(Optional.empty(),
                Optional.of(StatusCode.of("11")), Optional.empty(), Optional.empty(),
                Optional.of(Examples.usdt("0.5"))));

        MerchantTradeNo tradeNo = platform.requestCryptoPayout().requestCryptoPayout(cryptoPayout("10", "9"),
                Examples.callback())
                .order().merchantTradeNo();

        Order order = platform.orders.get(tradeNo);
        assertThat(order.needsReview()).isTrue();
        assertThat(order.reviewNotes()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(ReviewReason.FEE_MISMATCH);
            assertThat(n.detail()).contains("0.5").contains("1");
        });
    }

    @Test
    void a_withdrawal_fee_equal_to_total_minus_received_is_not_flagged() {
        platform.cpay.cryptoPayout.answers(new com.cpay.platform.domain.payout.PayoutAccepted(Optional.empty(),
                Optional.of(StatusCode.of("11")), Optional.empty(), Optional.empty(),
                Optional.of(Examples.usdt("1.00000000"))));

        MerchantTradeNo tradeNo = platform.requestCryptoPayout().requestCryptoPayout(cryptoPayout("10", "9"),
                Examples.callback())
                .order().merchantTradeNo();

        assertThat(platform.orders.get(tradeNo).needsReview()).isFalse();
    }

    private MerchantTradeNo lostWithdraw() {
        platform.cpay.cryptoPayout.timesOut();
        return platform.requestCryptoPayout().requestCryptoPayout(cryptoPayout("10", "9"),
                Examples.callback()).order().merchantTradeNo();
    }

    /** Rewrites the stored address, as a payout stored under older, looser address rules would hold it. */
    private void storeWithAddress(MerchantTradeNo tradeNo, String address) {
        OrderSnapshot s = platform.orders.get(tradeNo).snapshot();
        CryptoPayoutDetails d = (CryptoPayoutDetails) s.details();
        platform.orders.update(Order.rehydrate(new OrderSnapshot(s.merchantTradeNo(), s.cpayOrderId(), s.userId(),
                s.status(), s.requestedAmount(), s.reportedAmounts(),
                new CryptoPayoutDetails(d.network(), address, d.amounts(), d.hash()), s.createdAt(), s.updatedAt(),
                s.version(), s.needsReview(), s.reviewNotes(), s.history(), s.rejection(), s.outcomeUnknown())));
    }

    private static ResubmitOrderUseCase.Command command(MerchantTradeNo tradeNo, String reason) {
        return new ResubmitOrderUseCase.Command(tradeNo, reason, OrderUrls.none());
    }
}
