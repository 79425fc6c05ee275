package com.cpay.platform.domain.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.StatusChange;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.order.OrderPage;
import com.cpay.platform.domain.order.OrderQuery;
import com.cpay.platform.domain.order.OrderRepository;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderRepository} must do, written once: the in-memory fake runs it here, and the
 * persistence adapter extends it with its real database to prove both behave alike.
 */
public abstract class OrderRepositoryContract {

    protected final MutableClock clock = new MutableClock();
    protected OrderRepository repository;

    /** A new, empty repository whose leases use this clock. */
    protected abstract OrderRepository newRepository(MutableClock clock);

    @BeforeEach
    void emptyRepository() {
        repository = newRepository(clock);
    }

    @Test
    void an_inserted_order_is_found_as_it_was() {
        Order order = deposit("m-1");

        Order stored = repository.insert(order);

        assertThat(stored.snapshot()).isEqualTo(order.snapshot());
        assertThat(repository.findByMerchantTradeNo(no("m-1")).orElseThrow().snapshot()).isEqualTo(order.snapshot());
        assertThat(repository.findByMerchantTradeNo(no("m-2"))).isEmpty();
    }

    @Test
    void a_merchant_trade_no_is_stored_once() {
        repository.insert(deposit("m-1"));

        assertThatThrownBy(() -> repository.insert(deposit("m-1"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void each_update_raises_the_version_and_a_stale_one_is_refused() {
        Order first = repository.insert(deposit("m-1"));
        Order second = repository.findByMerchantTradeNo(no("m-1")).orElseThrow();
        first.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, clock.instant()));

        Order saved = repository.update(first);
        second.apply(StatusEvent.of(OrderStatus.CLOSED, EventSource.WEBHOOK, clock.instant()));

        assertThat(saved.version()).isEqualTo(first.version() + 1);
        assertThatThrownBy(() -> repository.update(second)).isInstanceOf(ConcurrentUpdateException.class);
        Order reread = repository.findByMerchantTradeNo(no("m-1")).orElseThrow();
        assertThat(reread.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(reread.history()).hasSize(1);
        assertThat(reread.version()).isEqualTo(saved.version());
    }

    @Test
    void an_order_never_inserted_cannot_be_updated() {
        assertThatThrownBy(() -> repository.update(deposit("m-1"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_order_is_found_by_cpay_order_id_and_by_hash() {
        Order order = repository.insert(deposit("m-1"));
        order.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, clock.instant())
                .withCpayOrderId(new CpayOrderId("c-1")).withHash(new TransactionHash("h-1")));
        repository.update(order);

        assertThat(repository.findByCpayOrderId(new CpayOrderId("c-1"))).map(Order::merchantTradeNo)
                .contains(no("m-1"));
        assertThat(repository.findByHash(new TransactionHash("h-1"))).map(Order::merchantTradeNo).contains(no("m-1"));
        assertThat(repository.findByCpayOrderId(new CpayOrderId("c-2"))).isEmpty();
        assertThat(repository.findByHash(new TransactionHash("h-2"))).isEmpty();
    }

    @Test
    void a_listing_pages_newest_first_without_gaps_or_repeats() {
        for (int i = 0; i < 5; i++) {
            repository.insert(deposit("m-" + i));
            if (i != 2) {
                clock.advance(Duration.ofSeconds(1));
            }
        }
        List<String> seen = new ArrayList<>();
        OrderQuery query = new OrderQuery(null, null, null, null, null, null, 2);
        OrderPage page;
        do {
            page = repository.list(query);
            page.orders().forEach(o -> seen.add(o.merchantTradeNo().value()));
            query = page.next().map(query::continuingAfter).orElse(query);
        } while (page.next().isPresent());

        assertThat(seen).containsExactly("m-4", "m-3", "m-2", "m-1", "m-0");
    }

    @Test
    void a_listing_filters_by_status_user_and_creation_time() {
        repository.insert(deposit("m-0"));
        clock.advance(Duration.ofMinutes(1));
        Order later = repository.insert(deposit("m-1"));
        later.apply(StatusEvent.of(OrderStatus.CLOSED, EventSource.WEBHOOK, clock.instant()));
        repository.update(later);

        assertThat(names(new OrderQuery(Optional.of(OrderStatus.CLOSED), null, null, null, null, null, 10)))
                .containsExactly("m-1");
        assertThat(names(new OrderQuery(null, null, Optional.of(new UserId("nobody")), null, null, null, 10)))
                .isEmpty();
        assertThat(names(new OrderQuery(null, null, null, Optional.of(clock.instant()), null, null, 10)))
                .containsExactly("m-1");
        assertThat(names(new OrderQuery(null, null, null, null, Optional.of(clock.instant()), null, 10)))
                .containsExactly("m-0");
    }

    @Test
    void a_listing_filters_by_review_flag_and_unknown_outcome_and_pages_within_them() {
        repository.insert(deposit("m-0"));
        clock.advance(Duration.ofSeconds(1));
        Order flagged = repository.insert(deposit("m-1"));
        flagged.flagForReview(ReviewReason.AMOUNT_MISMATCH, "amounts differ", clock.instant());
        repository.update(flagged);
        clock.advance(Duration.ofSeconds(1));
        Order unknown = repository.insert(deposit("m-2"));
        unknown.markOutcomeUnknown("timed out", EventSource.CREATE_RESPONSE, clock.instant(),
                clock.instant().plus(Duration.ofMinutes(30)));
        repository.update(unknown);
        clock.advance(Duration.ofSeconds(1));
        Order both = repository.insert(deposit("m-3"));
        both.markOutcomeUnknown("timed out", EventSource.CREATE_RESPONSE, clock.instant(),
                clock.instant().plus(Duration.ofMinutes(30)));
        both.flagForReview(ReviewReason.OUTCOME_UNKNOWN, "lookups used up", clock.instant());
        repository.update(both);

        assertThat(names(reviewQuery(Optional.of(true), Optional.empty(), 10))).containsExactly("m-3", "m-1");
        assertThat(names(reviewQuery(Optional.of(false), Optional.empty(), 10))).containsExactly("m-2", "m-0");
        assertThat(names(reviewQuery(Optional.empty(), Optional.of(true), 10))).containsExactly("m-3", "m-2");
        assertThat(names(reviewQuery(Optional.empty(), Optional.of(false), 10))).containsExactly("m-1", "m-0");
        assertThat(names(reviewQuery(Optional.of(true), Optional.of(true), 10))).containsExactly("m-3");
        OrderPage first = repository.list(reviewQuery(Optional.of(true), Optional.empty(), 1));
        assertThat(first.orders()).extracting(o -> o.merchantTradeNo().value()).containsExactly("m-3");
        OrderQuery rest = reviewQuery(Optional.of(true), Optional.empty(), 1).continuingAfter(first.next().orElseThrow());
        assertThat(rest.needsReview()).contains(true);
        assertThat(names(rest)).containsExactly("m-1");
    }

    private static OrderQuery reviewQuery(Optional<Boolean> needsReview, Optional<Boolean> outcomeUnknown, int limit) {
        return new OrderQuery(null, null, null, null, null, null, limit, needsReview, outcomeUnknown);
    }

    @Test
    void stale_unfinished_orders_are_leased_to_one_holder_at_a_time() {
        repository.insert(deposit("m-0"));
        Order done = repository.insert(deposit("m-1"));
        done.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.WEBHOOK, clock.instant()));
        repository.update(done);
        clock.advance(Duration.ofMinutes(10));
        repository.insert(deposit("m-2"));

        List<Order> first = repository.leaseStaleOrders(10, Duration.ofMinutes(5), "a", Duration.ofMinutes(1));
        List<Order> second = repository.leaseStaleOrders(10, Duration.ofMinutes(5), "b", Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        List<Order> afterExpiry = repository.leaseStaleOrders(10, Duration.ofMinutes(5), "b", Duration.ofMinutes(1));

        assertThat(first).extracting(o -> o.merchantTradeNo().value()).containsExactly("m-0");
        assertThat(second).isEmpty();
        assertThat(afterExpiry).extracting(o -> o.merchantTradeNo().value()).containsExactly("m-0");
    }

    @Test
    void a_lease_takes_at_most_the_number_asked() {
        for (int i = 0; i < 3; i++) {
            repository.insert(deposit("m-" + i));
        }
        clock.advance(Duration.ofHours(1));

        assertThat(repository.leaseStaleOrders(2, Duration.ofMinutes(5), "a", Duration.ofMinutes(1))).hasSize(2);
        assertThat(repository.leaseStaleOrders(2, Duration.ofMinutes(5), "b", Duration.ofMinutes(1))).hasSize(1);
    }

    @Test
    void an_unknown_outcome_is_stored_and_its_order_is_leased_only_when_its_lookup_is_due() {
        Order order = repository.insert(deposit("m-u"));
        order.markOutcomeUnknown("withdraw timed out", EventSource.CREATE_RESPONSE, clock.instant(),
                clock.instant().plus(Duration.ofMinutes(30)));
        Order stored = repository.update(order);
        clock.advance(Duration.ofMinutes(10));

        assertThat(repository.findByMerchantTradeNo(no("m-u")).orElseThrow().snapshot())
                .isEqualTo(stored.snapshot());
        assertThat(stored.outcomeUnknown()).hasValueSatisfying(u -> assertThat(u.reason()).isEqualTo("withdraw timed out"));
        assertThat(repository.leaseStaleOrders(10, Duration.ofMinutes(5), "a", Duration.ofMinutes(1)))
                .as("its next lookup is not due yet").isEmpty();
        clock.advance(Duration.ofMinutes(20));
        List<Order> leased = repository.leaseStaleOrders(10, Duration.ofMinutes(5), "a", Duration.ofMinutes(1));
        assertThat(leased).extracting(o -> o.merchantTradeNo().value()).containsExactly("m-u");

        Order again = leased.get(0);
        again.recordInconclusiveLookup(clock.instant().plus(Duration.ofHours(1)));
        repository.update(again);
        assertThat(repository.findByMerchantTradeNo(no("m-u")).orElseThrow().outcomeUnknown())
                .hasValueSatisfying(u -> assertThat(u.lookups()).isEqualTo(1));
    }

    @Test
    void an_order_read_to_be_changed_holds_its_last_entry_and_its_change_is_appended_to_the_whole_history() {
        Order order = processingReports("m-t", 3);
        List<StatusChange> before = repository.findByMerchantTradeNo(no("m-t")).orElseThrow().history();

        Order tail = repository.findByMerchantTradeNo(no("m-t"), HistoryRead.LAST_ENTRY).orElseThrow();
        assertThat(tail.holdsWholeHistory()).isFalse();
        assertThat(tail.snapshot().history()).containsExactly(before.get(2));
        assertThat(tail.snapshot().historyOffset()).isEqualTo(2);
        assertThat(tail.snapshot().withHistory(before)).isEqualTo(order.snapshot());
        tail.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.WEBHOOK, clock.instant().plusSeconds(4)));
        Order saved = repository.update(tail);

        assertThat(saved.holdsWholeHistory()).isFalse();
        assertThat(saved.version()).isEqualTo(tail.version() + 1);
        Order whole = repository.findByMerchantTradeNo(no("m-t"), HistoryRead.FULL).orElseThrow();
        assertThat(whole.history()).hasSize(4).startsWith(before.toArray(StatusChange[]::new));
        assertThat(whole.history().get(3)).isEqualTo(tail.lastStatusChange().orElseThrow());
        assertThat(whole.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(whole.snapshot().lastEntryOnly()).isEqualTo(saved.snapshot().lastEntryOnly());
    }

    @Test
    void every_finder_reads_the_last_entry_alone_when_asked_and_the_whole_history_otherwise() {
        Order order = repository.insert(deposit("m-f"));
        order.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, clock.instant())
                .withCpayOrderId(new CpayOrderId("c-f")).withHash(new TransactionHash("h-f")));
        order = repository.update(order);
        order.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.WEBHOOK, clock.instant()));
        OrderSnapshot stored = repository.update(order).snapshot();

        assertThat(repository.findByCpayOrderId(new CpayOrderId("c-f"), HistoryRead.LAST_ENTRY).orElseThrow()
                .snapshot()).isEqualTo(stored.lastEntryOnly());
        assertThat(repository.findByHash(new TransactionHash("h-f"), HistoryRead.LAST_ENTRY).orElseThrow()
                .snapshot()).isEqualTo(stored.lastEntryOnly());
        assertThat(repository.findByCpayOrderId(new CpayOrderId("c-f"), HistoryRead.FULL).orElseThrow().snapshot())
                .isEqualTo(stored);
        assertThat(repository.findByHash(new TransactionHash("h-f"), HistoryRead.FULL).orElseThrow().snapshot())
                .isEqualTo(stored);
        assertThat(repository.findByCpayOrderId(new CpayOrderId("c-f")).orElseThrow().history()).hasSize(2);
        assertThat(repository.findByHash(new TransactionHash("h-f")).orElseThrow().history()).hasSize(2);
        assertThat(repository.findByMerchantTradeNo(no("m-none"), HistoryRead.LAST_ENTRY)).isEmpty();
    }

    @Test
    void a_stale_order_read_to_be_changed_is_refused_and_stores_nothing() {
        processingReports("m-s", 2);
        Order first = repository.findByMerchantTradeNo(no("m-s"), HistoryRead.LAST_ENTRY).orElseThrow();
        Order second = repository.findByMerchantTradeNo(no("m-s"), HistoryRead.LAST_ENTRY).orElseThrow();
        first.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.WEBHOOK, clock.instant().plusSeconds(3)));
        second.apply(StatusEvent.of(OrderStatus.CLOSED, EventSource.WEBHOOK, clock.instant().plusSeconds(3)));
        repository.update(first);

        assertThatThrownBy(() -> repository.update(second)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository.findByMerchantTradeNo(no("m-s")).orElseThrow().history())
                .extracting(StatusChange::to)
                .containsExactly(OrderStatus.PROCESSING, OrderStatus.PROCESSING, OrderStatus.COMPLETED);
    }

    @Test
    void an_order_without_its_whole_history_is_not_inserted() {
        Order order = processingReports("m-i", 2);
        OrderSnapshot tail = order.snapshot().lastEntryOnly();
        Order copy = Order.rehydrate(new OrderSnapshot(no("m-copy"), tail.cpayOrderId(), tail.userId(), tail.status(),
                tail.requestedAmount(), tail.reportedAmounts(), tail.details(), tail.createdAt(), tail.updatedAt(), 0,
                tail.needsReview(), tail.reviewNotes(), tail.history(), tail.rejection(), tail.outcomeUnknown(),
                tail.historyOffset()));

        assertThatThrownBy(() -> repository.insert(copy)).isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.findByMerchantTradeNo(no("m-copy"))).isEmpty();
    }

    @Test
    void a_leased_order_holds_its_last_entry_and_its_change_is_appended() {
        Order order = processingReports("m-l", 3);
        clock.advance(Duration.ofMinutes(10));

        Order leased = repository.leaseStaleOrders(10, Duration.ofMinutes(5), "a", Duration.ofMinutes(1)).get(0);
        assertThat(leased.snapshot()).isEqualTo(order.snapshot().lastEntryOnly());
        leased.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.ORDER_QUERY, clock.instant()));
        repository.update(leased);

        assertThat(repository.findByMerchantTradeNo(no("m-l")).orElseThrow().history()).extracting(StatusChange::to)
                .containsExactly(OrderStatus.PROCESSING, OrderStatus.PROCESSING, OrderStatus.PROCESSING,
                        OrderStatus.COMPLETED);
    }

    /** A stored deposit with {@code reports} PROCESSING reports, one second apart, each stored by its own update. */
    private Order processingReports(String tradeNo, int reports) {
        Order order = repository.insert(deposit(tradeNo));
        for (int i = 1; i <= reports; i++) {
            order.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, clock.instant().plusSeconds(i)));
            order = repository.update(order);
        }
        return order;
    }

    private List<String> names(OrderQuery query) {
        return repository.list(query).orders().stream().map(o -> o.merchantTradeNo().value()).toList();
    }

    private Order deposit(String tradeNo) {
        return Order.open(no(tradeNo), NewOrder.cryptoDeposit(Optional.empty(), new UserId("u-1"),
                Money.parse("amount", "10", Asset.USDT)), clock.instant());
    }

    private static MerchantTradeNo no(String value) {
        return new MerchantTradeNo(value);
    }
}
