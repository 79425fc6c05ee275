package com.cpay.platform.adapter.persistence;

import static com.cpay.platform.adapter.persistence.OrderExamples.T0;
import static com.cpay.platform.adapter.persistence.OrderExamples.tradeNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.CpayRejection;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.OrderPage;
import com.cpay.platform.domain.order.OrderQuery;
import com.cpay.platform.domain.order.OrderRepository;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders of every kind stored and read back exactly, with the rules the database enforces. */
abstract class OrderStorageContract extends DatabaseTest {

    private OrderRepository orders;

    @BeforeEach
    void ports() {
        orders = bean(OrderRepository.class);
    }

    @Test
    void the_narrow_ports_are_the_same_bean() {
        assertThat(bean(LoadOrderPort.class)).isSameAs(orders);
        assertThat(bean(SaveOrderPort.class)).isSameAs(orders);
    }

    @Test
    void every_kind_of_order_reads_back_exactly_as_it_was_stored() {
        for (Order order : OrderExamples.everyKind("rt")) {
            Order stored = orders.insert(order);
            assertThat(stored.snapshot()).isEqualTo(order.snapshot());
            Order read = orders.findByMerchantTradeNo(order.merchantTradeNo()).orElseThrow();
            assertThat(read.snapshot()).as(order.kind().name()).isEqualTo(order.snapshot());
        }
    }

    @Test
    void orders_are_found_by_cpay_order_id_and_by_hash() {
        Order deposit = orders.insert(OrderExamples.reportedDeposit("find-dep", "find-cp-1", "find-hash-1"));
        assertThat(orders.findByCpayOrderId(new CpayOrderId("find-cp-1")).orElseThrow().merchantTradeNo())
                .isEqualTo(deposit.merchantTradeNo());
        assertThat(orders.findByHash(new TransactionHash("find-hash-1")).orElseThrow().merchantTradeNo())
                .isEqualTo(deposit.merchantTradeNo());
        assertThat(orders.findByCpayOrderId(new CpayOrderId("nobody"))).isEmpty();
        assertThat(orders.findByMerchantTradeNo(tradeNo("nobody"))).isEmpty();
    }

    @Test
    void a_hash_shared_by_two_orders_finds_the_oldest() {
        Order younger = OrderExamples.reportedDeposit("hash-young", "hash-cp-young", "shared-hash");
        orders.insert(younger);
        Order older = Order.open(tradeNo("hash-old"), NewOrder.cryptoDeposit(Optional.empty(), OrderExamples.USER,
                OrderExamples.btc("1")), T0.minusSeconds(3600));
        older.apply(OrderExamples.processing(T0).withHash(new TransactionHash("shared-hash")));
        orders.insert(older);
        assertThat(orders.findByHash(new TransactionHash("shared-hash")).orElseThrow().merchantTradeNo())
                .isEqualTo(tradeNo("hash-old"));
    }

    @Test
    void a_second_order_with_the_same_merchant_trade_no_is_a_conflict() {
        orders.insert(OrderExamples.pixPayout("dup-1"));
        assertThatThrownBy(() -> orders.insert(OrderExamples.hostedCard("dup-1")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("dup-1");
    }

    @Test
    void a_cpay_order_id_belongs_to_one_order_only() {
        orders.insert(OrderExamples.reportedDeposit("cpid-a", "cpid-same", "cpid-hash-a"));
        assertThatThrownBy(() -> orders.insert(OrderExamples.reportedDeposit("cpid-b", "cpid-same", "cpid-hash-b")))
                .isInstanceOf(ConflictException.class);
        assertThat(orders.findByMerchantTradeNo(tradeNo("cpid-b"))).isEmpty();
    }

    @Test
    void an_update_stores_the_new_state_appends_history_and_increments_the_version() {
        Order stored = orders.insert(OrderExamples.deposit("upd-1"));
        assertThat(stored.version()).isZero();
        stored.apply(OrderExamples.processing(T0.plusSeconds(10)));
        Order v1 = orders.update(stored);
        assertThat(v1.version()).isEqualTo(1);
        v1.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.ORDER_QUERY, T0.plusSeconds(20)));
        Order v2 = orders.update(v1);
        assertThat(v2.version()).isEqualTo(2);

        Order read = orders.findByMerchantTradeNo(tradeNo("upd-1")).orElseThrow();
        assertThat(read.snapshot()).isEqualTo(v2.snapshot());
        assertThat(read.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(read.history()).extracting(h -> h.to()).containsExactly(OrderStatus.PROCESSING, OrderStatus.COMPLETED);
        assertThat(read.updatedAt()).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void cpays_refusal_is_kept_on_the_closed_order_and_reads_back_everywhere() {
        Order stored = orders.insert(OrderExamples.deposit("rej-1"));
        CpayRejection refusal = new CpayRejection(90751015L, "pay fail", "221117082830X664937", T0.plusSeconds(3));
        stored.recordRejection(refusal);
        Order saved = orders.update(stored);

        Order read = orders.findByMerchantTradeNo(tradeNo("rej-1")).orElseThrow();
        assertThat(read.snapshot()).isEqualTo(saved.snapshot());
        assertThat(read.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(read.rejection()).contains(refusal);
        OrderPage closed = orders.list(new OrderQuery(Optional.of(OrderStatus.CLOSED), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OrderQuery.MAX_LIMIT));
        assertThat(closed.orders()).filteredOn(o -> o.merchantTradeNo().equals(tradeNo("rej-1"))).singleElement().satisfies(o -> assertThat(o.rejection()).contains(refusal));
        assertThat(orders.insert(OrderExamples.deposit("rej-2")).rejection()).isEmpty();
    }

    @Test
    void a_refusal_without_text_or_trace_and_one_with_overlong_text_are_kept() {
        Order bare = orders.insert(OrderExamples.deposit("rej-3"));
        bare.recordRejection(new CpayRejection(1L, null, null, T0.plusSeconds(1)));
        orders.update(bare);
        Order wordy = orders.insert(OrderExamples.deposit("rej-4"));
        wordy.recordRejection(new CpayRejection(2L, "x".repeat(600), "t".repeat(80), T0.plusSeconds(1)));
        orders.update(wordy);

        assertThat(orders.findByMerchantTradeNo(tradeNo("rej-3")).orElseThrow().rejection())
                .contains(new CpayRejection(1L, null, null, T0.plusSeconds(1)));
        assertThat(orders.findByMerchantTradeNo(tradeNo("rej-4")).orElseThrow().rejection())
                .contains(new CpayRejection(2L, "x".repeat(512), "t".repeat(64), T0.plusSeconds(1)));
    }

    @Test
    void an_update_based_on_a_stale_version_is_refused_and_stores_nothing() {
        orders.insert(OrderExamples.deposit("stale-1"));
        Order first = orders.findByMerchantTradeNo(tradeNo("stale-1")).orElseThrow();
        Order second = orders.findByMerchantTradeNo(tradeNo("stale-1")).orElseThrow();
        first.apply(OrderExamples.processing(T0.plusSeconds(1)));
        orders.update(first);

        second.apply(StatusEvent.of(OrderStatus.CLOSED, EventSource.WEBHOOK, T0.plusSeconds(2)));
        assertThatThrownBy(() -> orders.update(second))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.expectedVersion()).isZero();
                    assertThat(e.merchantTradeNo()).isEqualTo(tradeNo("stale-1"));
                });
        Order read = orders.findByMerchantTradeNo(tradeNo("stale-1")).orElseThrow();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(read.history()).hasSize(1);
    }

    @Test
    void updating_an_order_never_stored_is_not_found() {
        assertThatThrownBy(() -> orders.update(OrderExamples.deposit("ghost")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_status_history_is_append_only() throws Exception {
        Order order = orders.insert(OrderExamples.deposit("hist-1"));
        order.apply(OrderExamples.processing(T0.plusSeconds(1)));
        order = orders.update(order);
        List<Long> idsBefore = historyIds("hist-1");
        order.apply(OrderExamples.processing(T0.plusSeconds(2)));
        order = orders.update(order);
        order.apply(StatusEvent.of(OrderStatus.PENDING, EventSource.ORDER_QUERY, T0.plusSeconds(3)));
        orders.update(order);
        List<Long> idsAfter = historyIds("hist-1");
        assertThat(idsAfter).hasSize(3).startsWith(idsBefore.toArray(Long[]::new));
        assertThat(orders.findByMerchantTradeNo(tradeNo("hist-1")).orElseThrow().history())
                .extracting(h -> h.outcome())
                .containsExactly(OutcomeKind.APPLIED, OutcomeKind.DUPLICATE, OutcomeKind.STALE);
    }

    @Test
    void amounts_keep_every_decimal_and_are_stored_as_numeric_38_8() throws Exception {
        Order order = Order.open(tradeNo("exact-1"), NewOrder.cryptoDeposit(Optional.empty(), OrderExamples.USER,
                Money.parse("amount", "123456789012345678901234567890.12345678", Asset.USDT)), T0);
        orders.insert(order);
        assertThat(orders.findByMerchantTradeNo(tradeNo("exact-1")).orElseThrow().requestedAmount().orElseThrow()
                .amount()).isEqualByComparingTo("123456789012345678901234567890.12345678");
        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT requested_amount, requested_asset FROM orders"
                     + " WHERE merchant_trade_no = 'exact-1'")) {
            rs.next();
            assertThat(rs.getBigDecimal(1)).isEqualTo(new BigDecimal("123456789012345678901234567890.12345678"));
            assertThat(rs.getString(2)).isEqualTo("USDT");
        }
    }

    @Test
    void an_amount_the_column_cannot_hold_is_refused_not_rounded() {
        Order order = Order.open(tradeNo("huge-1"), NewOrder.cryptoDeposit(Optional.empty(), OrderExamples.USER,
                Money.parse("amount", "1" + "0".repeat(30), Asset.USDT)), T0);
        assertThatThrownBy(() -> orders.insert(order)).isInstanceOf(ValidationException.class);
        assertThat(orders.findByMerchantTradeNo(tradeNo("huge-1"))).isEmpty();
    }

    @Test
    void orders_are_listed_newest_first_with_filters_and_stable_pages() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String no = "list-" + i;
            Order order = i % 2 == 0
                    ? Order.open(tradeNo(no), NewOrder.hostedCard(Optional.empty(), new UserId("lister"),
                            Money.parse("a", "5", Asset.EUR)), T0.plusSeconds(i / 2))
                    : Order.open(tradeNo(no), NewOrder.cryptoDeposit(Optional.empty(), new UserId("lister"),
                            OrderExamples.btc("1")), T0.plusSeconds(i / 2));
            orders.insert(order);
            expected.add(no);
        }
        // newest first by creation time, then merchantTradeNo descending
        expected.sort((a, b) -> {
            int byTime = Integer.compare(Integer.parseInt(b.substring(5)) / 2, Integer.parseInt(a.substring(5)) / 2);
            return byTime != 0 ? byTime : b.compareTo(a);
        });
        OrderQuery query = new OrderQuery(Optional.empty(), Optional.empty(), Optional.of(new UserId("lister")),
                Optional.empty(), Optional.empty(), Optional.empty(), 3);
        List<String> seen = new ArrayList<>();
        OrderPage page = orders.list(query);
        int pages = 1;
        seen.addAll(names(page));
        while (page.next().isPresent()) {
            page = orders.list(query.continuingAfter(page.next().get()));
            seen.addAll(names(page));
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);

        OrderPage deposits = orders.list(new OrderQuery(Optional.of(OrderStatus.PENDING),
                Optional.of(OrderKind.CRYPTO_DEPOSIT), Optional.of(new UserId("lister")),
                Optional.of(T0.plusSeconds(1)), Optional.of(T0.plusSeconds(3)), Optional.empty(), 50));
        assertThat(names(deposits)).containsExactly("list-5", "list-3");
        assertThat(deposits.next()).isEmpty();
    }

    private static List<String> names(OrderPage page) {
        return page.orders().stream().map(o -> o.merchantTradeNo().value()).toList();
    }

    private List<Long> historyIds(String tradeNo) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT h.id FROM order_status_history h JOIN orders o ON o.id = h.order_id"
                     + " WHERE o.merchant_trade_no = '" + tradeNo + "' ORDER BY h.seq")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
