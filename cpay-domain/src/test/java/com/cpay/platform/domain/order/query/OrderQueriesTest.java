package com.cpay.platform.domain.order.query;

import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.deposit;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderQueriesTest {

    private final FakePlatform platform = new FakePlatform();

    @Test
    void an_order_is_read_with_its_history_by_either_number() {
        platform.createDeposit().createDeposit(deposit(Examples.TRADE_NO, "10"), Examples.callback(),
                Examples.NO_EXT_INFO);

        OrderSnapshot byTradeNo = platform.getOrder().getOrder(GetOrderUseCase.Query.of(Examples.TRADE_NO)).order();
        OrderSnapshot byCpayId = platform.getOrder().getOrder(GetOrderUseCase.Query.of(new CpayOrderId("cpay-1"))).order();

        assertThat(byTradeNo).isEqualTo(byCpayId);
        assertThat(byTradeNo.history()).hasSize(1);
    }

    @Test
    void an_unknown_order_is_not_found() {
        assertThatThrownBy(() -> platform.getOrder().getOrder(GetOrderUseCase.Query.of(Examples.TRADE_NO)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> platform.getOrder().getOrder(GetOrderUseCase.Query.of(new CpayOrderId("x"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_order_is_asked_for_by_exactly_one_number() {
        assertRefused(() -> new GetOrderUseCase.Query(null, null), "merchantTradeNo", "exactly-one");
        assertRefused(() -> new GetOrderUseCase.Query(Optional.of(Examples.TRADE_NO),
                Optional.of(new CpayOrderId("x"))),
                "merchantTradeNo", "exactly-one");
    }

    @Test
    void orders_are_listed_newest_first_page_by_page() {
        for (int i = 1; i <= 5; i++) {
            platform.createDeposit().createDeposit(deposit(new MerchantTradeNo("o-" + i), "1"), Examples.callback(),
                    Examples.NO_EXT_INFO);
            platform.clock.advance(Duration.ofMinutes(1));
        }
        List<String> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            ListOrdersUseCase.Result page = platform.listOrders().listOrders(new ListOrdersUseCase.Query(null, null, null, null, null,
                    cursor, Optional.of(2)));
            page.orders().forEach(o -> seen.add(o.merchantTradeNo().value()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor.isPresent());

        assertThat(seen).containsExactly("o-5", "o-4", "o-3", "o-2", "o-1");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void orders_are_filtered_by_status_kind_user_and_time() {
        Instant start = platform.clock.instant();
        platform.createDeposit().createDeposit(deposit(new MerchantTradeNo("a"), "1"), Examples.callback(),
                Examples.NO_EXT_INFO);
        platform.clock.advance(Duration.ofMinutes(1));
        platform.cpay.createDeposit.rejects(1, "no");
        platform.createDeposit().createDeposit(deposit(new MerchantTradeNo("b"), "1"), Examples.callback(),
                Examples.NO_EXT_INFO);

        assertThat(list(new ListOrdersUseCase.Query(Optional.of(OrderStatus.CLOSED), null, null, null, null, null, null)))
                .containsExactly("b");
        assertThat(list(new ListOrdersUseCase.Query(null, Optional.of(OrderKind.PIX_PAYOUT), null, null, null, null, null)))
                .isEmpty();
        assertThat(list(new ListOrdersUseCase.Query(null, null, Optional.of(new UserId("other")), null, null, null, null)))
                .isEmpty();
        assertThat(list(new ListOrdersUseCase.Query(null, null, null, Optional.of(start.plusSeconds(30)), null, null, null)))
                .containsExactly("b");
        assertThat(list(new ListOrdersUseCase.Query(null, null, null, null, Optional.of(start.plusSeconds(30)), null, null)))
                .containsExactly("a");
        assertThat(list(ListOrdersUseCase.Query.all())).containsExactly("b", "a");
    }

    @Test
    void orders_are_filtered_by_review_flag_and_unknown_outcome_and_the_next_page_keeps_both() {
        for (String name : new String[] {"a", "b", "c"}) {
            platform.createDeposit().createDeposit(deposit(new MerchantTradeNo(name), "1"), Examples.callback(),
                    Examples.NO_EXT_INFO);
            platform.clock.advance(Duration.ofMinutes(1));
        }
        var b = platform.orders.get(new MerchantTradeNo("b"));
        b.flagForReview(com.cpay.platform.domain.order.ReviewReason.AMOUNT_MISMATCH, "x", platform.clock.instant());
        platform.orders.update(b);
        var c = platform.orders.get(new MerchantTradeNo("c"));
        c.flagForReview(com.cpay.platform.domain.order.ReviewReason.AMOUNT_MISMATCH, "x", platform.clock.instant());
        platform.orders.update(c);

        var flagged = new ListOrdersUseCase.Query(null, null, null, null, null, null, Optional.of(1), Optional.of(true),
                null);
        ListOrdersUseCase.Result first = platform.listOrders().listOrders(flagged);
        ListOrdersUseCase.Result second = platform.listOrders().listOrders(new ListOrdersUseCase.Query(null, null, null,
                null, null, first.nextCursor(), Optional.of(1), Optional.of(true), Optional.of(false)));

        assertThat(first.orders()).extracting(o -> o.merchantTradeNo().value()).containsExactly("c");
        assertThat(second.orders()).extracting(o -> o.merchantTradeNo().value()).containsExactly("b");
        assertThat(second.nextCursor()).isEmpty();
        assertThat(list(new ListOrdersUseCase.Query(null, null, null, null, null, null, null, Optional.of(false),
                null))).containsExactly("a");
        assertThat(list(new ListOrdersUseCase.Query(null, null, null, null, null, null, null, null,
                Optional.of(true)))).isEmpty();
        assertThat(flagged.toOrderQuery().needsReview()).contains(true);
        assertThat(ListOrdersUseCase.Query.all().needsReview()).isEmpty();
        assertThat(ListOrdersUseCase.Query.all().outcomeUnknown()).isEmpty();
    }

    @Test
    void a_listing_refuses_a_bad_cursor_limit_or_time_range() {
        assertRefused(() -> new ListOrdersUseCase.Query(null, null, null, null, null, Optional.of("not a cursor"), null),
                "cursor", "pattern");
        assertRefused(() -> new ListOrdersUseCase.Query(null, null, null, null, null, null, Optional.of(0)), "limit", "range");
        assertRefused(() -> new ListOrdersUseCase.Query(null, null, null, null, null, null, Optional.of(201)), "limit",
                "range");
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertRefused(() -> new ListOrdersUseCase.Query(null, null, null, Optional.of(t), Optional.of(t), null, null),
                "createdTo", "after-start");
        assertThat(new ListOrdersUseCase.Query(null, null, null, null, null, Optional.of(" "), null).cursor()).isEmpty();
        assertThat(ListOrdersUseCase.Query.all().toOrderQuery().limit()).isEqualTo(50);
    }

    private List<String> list(ListOrdersUseCase.Query query) {
        return platform.listOrders().listOrders(query).orders().stream().map(o -> o.merchantTradeNo().value())
                .toList();
    }
}
