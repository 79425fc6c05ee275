package com.cpay.platform.app.client;

import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.CpayApiException;
import com.cpay.platform.client.internal.CpayPlatformClient;
import com.cpay.platform.client.internal.EventFeed;
import com.cpay.platform.client.internal.OrderQuery;
import com.cpay.platform.client.internal.RetryPolicy;
import com.cpay.platform.client.internal.model.Event;
import com.cpay.platform.client.internal.model.EventType;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderKind;
import com.cpay.platform.client.internal.model.OrderPage;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** cpay-internal-client's facade against the real application (sandbox mode, simulator embedded), over loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CpayPlatformClientAppTest {

    private TestApp app;
    private CpayPlatformClient client;

    @BeforeAll
    void start() {
        app = TestApp.start();
        client = CpayPlatformClient.builder(app.url(), TestApp.TOKEN).build();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @BeforeEach
    void noFaults() {
        app.simulator().clearFaults();
    }

    @Test
    void a_deposit_is_created_with_an_exact_amount_and_read_back() {
        String tradeNo = Orders.tradeNo("facade");

        Order created = client.createDeposit("facade-user", "USDT", new BigDecimal("3.10000001"), r -> r.merchantTradeNo(tradeNo));

        assertThat(created.getKind()).isEqualTo(OrderKind.CRYPTO_DEPOSIT);
        assertThat(new BigDecimal(created.getCryptoDeposit().getAmount())).isEqualTo(new BigDecimal("3.10000001"));
        assertThat(client.getOrder(tradeNo).getMerchantTradeNo()).isEqualTo(tradeNo);
    }

    @Test
    void a_post_that_timed_out_is_retried_with_its_key_and_reaches_c_pay_once() {
        app.simulator().addFault(new FaultSpec("createOrder", FaultKind.LATENCY, 1, null, 2000L, null, null, null));
        CpayPlatformClient impatient = CpayPlatformClient.builder(app.url(), TestApp.TOKEN).timeout(Duration.ofSeconds(1))
                .retries(new RetryPolicy(10, Duration.ofMillis(300), Duration.ofSeconds(1))).build();
        String tradeNo = Orders.tradeNo("slow");

        Order created = impatient.createDeposit("slow-user", "USDT", BigDecimal.TEN, r -> r.merchantTradeNo(tradeNo));

        assertThat(created.getMerchantTradeNo()).isEqualTo(tradeNo);
        assertThat(app.simulator().requests()).filteredOn(r -> "createOrder".equals(r.operation())
                && tradeNo.equals(r.parameters().get("merchantTradeNo"))).hasSize(1);
    }

    @Test
    void the_same_key_twice_is_one_order() {
        String tradeNo = Orders.tradeNo("replay");

        Order first = client.createDeposit("replay-user", "USDT", BigDecimal.ONE, r -> r.merchantTradeNo(tradeNo), "replay-key-" + tradeNo);
        Order again = client.createDeposit("replay-user", "USDT", BigDecimal.ONE, r -> r.merchantTradeNo(tradeNo), "replay-key-" + tradeNo);

        assertThat(again.getCpayOrderId()).isEqualTo(first.getCpayOrderId());
        assertThat(client.listOrders(OrderQuery.all().userId("replay-user")).getItems()).hasSize(1);
    }

    @Test
    void the_order_list_is_queried_by_name_and_streamed_across_pages() {
        String user = "list-" + Orders.tradeNo("u");
        for (int i = 0; i < 3; i++) {
            client.createDeposit(user, "USDT", new BigDecimal(i + 1), r -> { });
        }
        client.createDeposit("someone-else", "USDT", BigDecimal.ONE, r -> { });

        OrderPage first = client.listOrders(OrderQuery.all().userId(user).kind(OrderKind.CRYPTO_DEPOSIT).limit(2));
        List<Order> all = client.streamOrders(OrderQuery.all().userId(user).limit(2)).toList();

        assertThat(first.getItems()).hasSize(2);
        assertThat(first.getNextCursor()).isNotNull();
        assertThat(all).hasSize(3).extracting(Order::getUserId).containsOnly(user);
        assertThat(all).extracting(o -> o.getCryptoDeposit().getAmount()).containsExactly("3", "2", "1");
        assertThat(client.listOrders(OrderQuery.all().userId(user).status(OrderStatus.CLOSED)).getItems()).isEmpty();
    }

    @Test
    void the_event_feed_resumes_from_its_cursor_without_losing_or_repeating_a_page() {
        EventFeed catchUp = client.events(null);
        catchUp.forEachRemaining(e -> { });
        String cursor = catchUp.cursor();
        String tradeNo = Orders.tradeNo("events");

        client.createDeposit("events-user", "USDT", BigDecimal.ONE, r -> r.merchantTradeNo(tradeNo));
        EventFeed feed = client.events(cursor, EventType.ORDER_CREATED);
        List<Event> created = new ArrayList<>();
        feed.forEachRemaining(created::add);
        Set<java.util.UUID> seen = created.stream().map(Event::getId).collect(Collectors.toSet());
        List<Event> later = new ArrayList<>();
        client.events(feed.cursor(), EventType.ORDER_CREATED).forEachRemaining(later::add);

        assertThat(created).extracting(Event::getMerchantTradeNo).contains(tradeNo);
        assertThat(created).extracting(Event::getType).containsOnly(EventType.ORDER_CREATED);
        assertThat(later).extracting(Event::getId).doesNotContainAnyElementsOf(seen);
    }

    @Test
    void failures_are_unchecked_typed_and_carry_the_problem() {
        var invalid = catchThrowableOfType(CpayApiException.InvalidRequest.class,
                () -> client.createDeposit("bad-user", "USDT", new BigDecimal("1.123456789"), r -> { }));
        var missing = catchThrowableOfType(CpayApiException.NotFound.class, () -> client.getOrder("no-such-order"));
        app.simulator().addFault(new FaultSpec("createOrder", FaultKind.ENVELOPE_ERROR, 1, null, null, null, 1L, "fail"));
        var refused = catchThrowableOfType(CpayApiException.CpayRejected.class,
                () -> client.createDeposit("refused-user", "USDT", BigDecimal.ONE, r -> { }));
        var unauthorized = catchThrowableOfType(CpayApiException.Unauthorized.class,
                () -> CpayPlatformClient.builder(app.url(), "not-a-token").build().balances());

        assertThat(invalid.status()).as("the amount breaks the spec's pattern").isEqualTo(400);
        assertThat(invalid.problem().orElseThrow().getViolations()).extracting(v -> v.getField()).contains("amount");
        assertThat(missing.problem().orElseThrow().getStatus()).isEqualTo(404);
        assertThat(refused.problem().orElseThrow().getCpayCode()).isEqualTo(1L);
        assertThat(refused.attempts()).as("a refusal is final").isEqualTo(1);
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(client.balances().getItems()).isNotEmpty();
    }
}
