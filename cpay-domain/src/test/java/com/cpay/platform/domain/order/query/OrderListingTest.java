package com.cpay.platform.domain.order.query;

import com.cpay.platform.domain.order.OrderCursor;
import com.cpay.platform.domain.order.OrderPage;
import com.cpay.platform.domain.order.OrderQuery;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderListingTest {

    private static final Instant T = Instant.parse("2026-03-10T08:00:00.123456789Z");

    @Test
    void a_cursor_survives_its_token() {
        OrderCursor cursor = new OrderCursor(T, new MerchantTradeNo("o|1"));

        assertThat(OrderCursor.parse(cursor.token())).isEqualTo(cursor);
        assertThat(cursor.token()).doesNotContain("=").doesNotContain("/").doesNotContain("+");
    }

    @Test
    void a_cursor_not_issued_here_is_refused() {
        assertRefused(() -> OrderCursor.parse("%%%"), "cursor", "pattern");
        assertRefused(() -> OrderCursor.parse(encode("no-bar")), "cursor", "pattern");
        assertRefused(() -> OrderCursor.parse(encode("yesterday|o-1")), "cursor", "pattern");
        assertRefused(() -> OrderCursor.parse(encode(T + "|")), "cursor", "pattern");
        assertRefused(() -> OrderCursor.parse(null), "cursor", "pattern");
    }

    @Test
    void a_listing_page_is_between_1_and_200_orders() {
        assertRefused(() -> query(0), "limit", "range");
        assertRefused(() -> query(201), "limit", "range");
        assertThat(query(1).limit()).isEqualTo(1);
        assertThat(query(200).limit()).isEqualTo(200);
        assertThat(OrderQuery.all().limit()).isEqualTo(OrderQuery.DEFAULT_LIMIT);
    }

    @Test
    void a_time_range_ends_after_it_starts() {
        assertRefused(() -> new OrderQuery(null, null, null, Optional.of(T), Optional.of(T.minusNanos(1)), null, 5),
                "createdTo", "after-start");
        assertThat(new OrderQuery(null, null, null, Optional.of(T), Optional.of(T.plusNanos(1)), null, 5).createdTo())
                .isPresent();
        assertThat(new OrderQuery(null, null, null, null, Optional.of(T), null, 5).createdFrom()).isEmpty();
    }

    @Test
    void the_next_page_keeps_the_filters() {
        OrderCursor cursor = new OrderCursor(T, new MerchantTradeNo("o-1"));
        OrderQuery next = OrderQuery.all().continuingAfter(cursor);

        assertThat(next.after()).contains(cursor);
        assertThat(next.limit()).isEqualTo(OrderQuery.DEFAULT_LIMIT);
        assertThat(new OrderPage(List.of(), null).next()).isEmpty();
    }

    private static OrderQuery query(int limit) {
        return new OrderQuery(null, null, null, null, null, null, limit);
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
