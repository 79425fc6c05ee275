package com.cpay.platform.domain.deposit;

import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.TRADE_NO;
import static com.cpay.platform.domain.fake.Examples.USER;
import static com.cpay.platform.domain.fake.Examples.deposit;
import static com.cpay.platform.domain.fake.Examples.usdt;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.CpayRejection;
import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.order.StatusChange;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateDepositServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final CreateDepositService service = platform.createDeposit();

    @Test
    void a_deposit_is_recorded_pending_before_cpay_is_asked() {
        List<OrderStatus> seenByCpay = new ArrayList<>();
        platform.cpay.createDeposit.answersWith(request -> {
            seenByCpay.add(platform.orders.get(request.order().merchantTradeNo()).status());
            return CreatedDeposit.of(new CpayOrderId("cpay-9"), "https://cashier.example/9");
        });

        service.createDeposit(deposit("10"), Examples.callback(), Examples.NO_EXT_INFO);

        assertThat(seenByCpay).containsExactly(OrderStatus.PENDING);
    }

    @Test
    void a_deposit_without_a_merchant_trade_no_gets_a_generated_one() {
        OrderSubmitted result = service.createDeposit(deposit("10"), Examples.callback(), Examples.NO_EXT_INFO);

        assertThat(result.order().merchantTradeNo()).isEqualTo(new MerchantTradeNo("mtn-000001"));
        assertThat(platform.cpay.createDeposit.lastRequest().order().merchantTradeNo())
                .isEqualTo(result.order().merchantTradeNo());
    }

    @Test
    void a_deposit_keeps_the_callers_merchant_trade_no_and_sends_amount_user_urls_and_time() {
        OrderSubmitted result = service.createDeposit(deposit(TRADE_NO, "10.5"), Examples.callback(),
                Examples.NO_EXT_INFO);

        var request = platform.cpay.createDeposit.lastRequest();
        assertThat(result.order().merchantTradeNo()).isEqualTo(TRADE_NO);
        assertThat(request.order().userId()).isEqualTo(USER);
        assertThat(request.order().requestedAmount()).contains(usdt("10.5"));
        assertThat(request.urls()).isEqualTo(Examples.callback());
        assertThat(request.order().createdAt()).isEqualTo(platform.clock.instant());
        assertThat(platform.ids.issued()).isZero();
    }

    @Test
    void the_answer_of_cpay_is_recorded_on_the_order() {
        platform.cpay.createDeposit.answers(new CreatedDeposit(new CpayOrderId("221116112637772768014"),
                Optional.of("https://cashier.cpay.ltd/payment?orderId=1"), Optional.of(StatusCode.of("11")),
                ReportedAmounts.none(), Optional.of(Network.TRON), Optional.empty(), Optional.empty()));

        OrderSubmitted result = service.createDeposit(deposit(TRADE_NO, "3"), Examples.callback(),
                Examples.NO_EXT_INFO);

        assertThat(result.outcome()).isEqualTo(new SubmissionOutcome.Accepted());
        assertThat(result.outcome().isAccepted()).isTrue();
        assertThat(result.order().cpayOrderId()).contains(new CpayOrderId("221116112637772768014"));
        assertThat(result.order().status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(((CryptoDepositDetails) result.order().details()).cashierUrl())
                .contains("https://cashier.cpay.ltd/payment?orderId=1");
        Order stored = platform.orders.get(TRADE_NO);
        assertThat(stored.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(stored.cpayOrderId()).contains(new CpayOrderId("221116112637772768014"));
        CryptoDepositDetails details = (CryptoDepositDetails) stored.details();
        assertThat(details.network()).contains(Network.TRON);
        assertThat(details.cashierUrl()).contains("https://cashier.cpay.ltd/payment?orderId=1");
        assertThat(stored.history()).singleElement()
                .satisfies(change -> assertThat(change.source()).isEqualTo(EventSource.CREATE_RESPONSE));
    }

    @Test
    void an_answer_without_status_records_the_id_and_leaves_the_deposit_pending() {
        platform.cpay.createDeposit.answers(CreatedDeposit.of(new CpayOrderId("cpay-7"), null));

        OrderSubmitted result = service.createDeposit(deposit(TRADE_NO, "3"), Examples.callback(),
                Examples.NO_EXT_INFO);

        assertThat(result.order().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(((CryptoDepositDetails) result.order().details()).cashierUrl()).isEmpty();
        Order stored = platform.orders.get(TRADE_NO);
        assertThat(stored.cpayOrderId()).contains(new CpayOrderId("cpay-7"));
        assertThat(stored.history()).isEmpty();
        assertThat(((CryptoDepositDetails) stored.details()).network()).isEmpty();
    }

    @Test
    void a_deposit_cpay_refuses_is_closed_and_the_refusal_reported() {
        platform.cpay.createDeposit.rejects(1, "fail");

        OrderSubmitted result = service.createDeposit(deposit(TRADE_NO, "10"), Examples.callback(),
                Examples.NO_EXT_INFO);

        assertThat(result.order().status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(result.outcome()).isEqualTo(new SubmissionOutcome.Rejected(1, Optional.of("fail"),
                Optional.of("trace-createOrder")));
        assertThat(result.outcome().isAccepted()).isFalse();
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(platform.orders.get(TRADE_NO).history()).singleElement()
                .satisfies(change -> assertThat(change.source()).isEqualTo(EventSource.CREATE_RESPONSE));
        assertThat(platform.orders.get(TRADE_NO).rejection()).contains(new CpayRejection(1, "fail",
                "trace-createOrder", platform.clock.instant()));
    }

    @Test
    void a_refusal_that_loses_the_race_to_a_closing_report_is_only_recorded_as_a_report() {
        platform.cpay.createDeposit.answersWith(request -> {
            Order elsewhere = platform.orders.get(request.order().merchantTradeNo());
            elsewhere.apply(StatusEvent.of(OrderStatus.CLOSED, EventSource.ORDER_QUERY, platform.clock.instant()));
            platform.orders.update(elsewhere);
            throw new GatewayRejectedException(1, "fail", "t-1");
        });

        OrderSubmitted result = service.createDeposit(deposit(TRADE_NO, "10"), Examples.callback(),
                Examples.NO_EXT_INFO);

        assertThat(result.order().status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(result.outcome()).isInstanceOf(SubmissionOutcome.Rejected.class);
        Order stored = platform.orders.get(TRADE_NO);
        assertThat(stored.rejection()).isEmpty();
        assertThat(stored.history()).extracting(StatusChange::outcome)
                .containsExactly(OutcomeKind.APPLIED, OutcomeKind.DUPLICATE);
    }

    @Test
    void a_deposit_whose_outcome_is_unknown_stays_pending_and_is_not_sent_again() {
        platform.cpay.createDeposit.timesOut();

        OrderSubmitted result = service.createDeposit(deposit(TRADE_NO, "10"), Examples.callback(),
                Examples.NO_EXT_INFO);

        assertThat(result.order().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(result.outcome()).isInstanceOfSatisfying(SubmissionOutcome.Unconfirmed.class,
                u -> assertThat(u.reason()).contains("createOrder"));
        assertThat(result.order().cpayOrderId()).isEmpty();
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.PENDING);
        // the history says so (docs/decisions.md, decision 25), the status is unchanged
        assertThat(platform.orders.get(TRADE_NO).history()).extracting(StatusChange::outcome)
                .containsExactly(OutcomeKind.OUTCOME_UNKNOWN);
        assertThat(platform.orders.get(TRADE_NO).outcomeUnknown()).hasValueSatisfying(
                u -> assertThat(u.reason()).contains("createOrder"));
        assertThat(platform.cpay.createDeposit.calls()).isEqualTo(1);
    }

    @Test
    void a_deposit_that_never_reached_cpay_is_closed() {
        platform.cpay.createDeposit.cannotConnect();

        OrderSubmitted result = service.createDeposit(deposit(TRADE_NO, "10"), Examples.callback(),
                Examples.NO_EXT_INFO);

        assertThat(result.order().status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(result.outcome()).isInstanceOf(SubmissionOutcome.NotSent.class);
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.CLOSED);
    }

    @Test
    void a_reused_merchant_trade_no_is_refused_without_asking_cpay() {
        service.createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);

        assertThatThrownBy(() -> service.createDeposit(deposit(TRADE_NO, "20"), Examples.callback(),
                Examples.NO_EXT_INFO))
                .isInstanceOf(ConflictException.class);
        assertThat(platform.cpay.createDeposit.calls()).isEqualTo(1);
        assertThat(platform.orders.get(TRADE_NO).requestedAmount()).contains(usdt("10"));
    }

    @Test
    void a_webhook_arriving_before_the_answer_is_saved_is_kept_along_with_the_answer() {
        platform.cpay.createDeposit.answersWith(request -> {
            Order meanwhile = platform.orders.get(request.order().merchantTradeNo());
            meanwhile.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK,
                    platform.clock.instant().plusSeconds(1)));
            platform.orders.update(meanwhile);
            return CreatedDeposit.of(new CpayOrderId("cpay-1"), "https://cashier.example/1");
        });

        OrderSubmitted result = service.createDeposit(deposit(TRADE_NO, "10"), Examples.callback(),
                Examples.NO_EXT_INFO);

        Order stored = platform.orders.get(TRADE_NO);
        assertThat(result.order().status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(stored.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(stored.cpayOrderId()).contains(new CpayOrderId("cpay-1"));
        assertThat(((CryptoDepositDetails) stored.details()).cashierUrl()).contains("https://cashier.example/1");
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void the_order_records_when_it_was_created() {
        platform.clock.advance(Duration.ofMinutes(5));

        service.createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);

        assertThat(platform.orders.get(TRADE_NO).createdAt()).isEqualTo(platform.clock.instant());
    }

    @Test
    void a_deposit_needs_a_user_and_a_positive_crypto_amount() {
        assertRefused(() -> NewOrder.cryptoDeposit(Optional.empty(), null, usdt("1")), "userId", "required");
        assertRefused(() -> NewOrder.cryptoDeposit(Optional.empty(), USER, null), "amount", "required");
        assertRefused(() -> NewOrder.cryptoDeposit(Optional.empty(), USER, usdt("0")), "amount", "positive");
        assertRefused(() -> NewOrder.cryptoDeposit(Optional.empty(), USER, Examples.usd("5")),
                "cryptoCurrency", "crypto-required");
        assertRefusedWith(() -> NewOrder.cryptoDeposit(null, null, Examples.brl("0")),
                "userId", "required", "cryptoCurrency", "crypto-required", "amount", "positive");
    }

    @Test
    void a_deposit_without_urls_sends_none() {
        NewOrder<CryptoDepositDetails> order = NewOrder.cryptoDeposit(null, USER, usdt("1"));

        service.createDeposit(order, null, null);

        assertThat(order.merchantTradeNo()).isEmpty();
        assertThat(platform.cpay.createDeposit.lastRequest().urls()).isEqualTo(OrderUrls.none());
    }

    @Test
    void a_deposit_passes_its_ext_info_to_cpay_as_given() {
        String extInfo = "{\"cartId\":\"c-77\",\"channel\":\"web\"}";

        service.createDeposit(deposit(TRADE_NO, "3"), null, Optional.of(extInfo));

        assertThat(platform.cpay.createDeposit.lastRequest().extInfo()).contains(extInfo);
    }

    @Test
    void a_deposit_without_ext_info_or_with_an_empty_one_sends_none() {
        service.createDeposit(deposit("1"), null, Examples.NO_EXT_INFO);
        service.createDeposit(deposit("2"), null, Optional.of(""));
        service.createDeposit(deposit("3"), null, null);

        assertThat(platform.cpay.createDeposit.requests()).extracting(r -> r.extInfo())
                .containsExactly(Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void a_deposit_with_ext_info_that_is_no_json_object_is_refused_and_never_recorded_or_sent() {
        assertRefused(() -> service.createDeposit(deposit("1"), null, Optional.of("[1]")), "extInfo", "json-object");
        assertRefused(() -> service.createDeposit(deposit("1"), null,
                Optional.of("{\"a\":\"" + "x".repeat(300) + "\"}")), "extInfo", "max-length");
        assertRefused(() -> service.createDeposit(deposit(TRADE_NO, "1"), null, Optional.of("not json")),
                "extInfo", "json-object");
        assertThat(platform.cpay.createDeposit.calls()).isZero();
        assertThat(platform.orders.findByMerchantTradeNo(TRADE_NO)).isEmpty();
        assertThat(platform.ids.issued()).isZero();
    }
}
