package com.cpay.platform.app.e2e;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.api.EventsApi;
import com.cpay.platform.client.internal.api.OrdersApi;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.Event;
import com.cpay.platform.client.internal.model.EventPage;
import com.cpay.platform.client.internal.model.EventType;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.sandbox.SandboxControl;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/events} and {@code GET /api/v1/events/{id}} through real HTTP: what a merchant's system reads to
 * follow its orders without polling each one. Every change to an order is one event, in order, with the order as
 * {@code GET /api/v1/orders/{merchantTradeNo}} shows it (with only the history entries of that change).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsEndToEndTest {

    private TestApp app;
    private EventsApi events;
    private DepositsApi deposits;
    private OrdersApi orders;
    private SandboxControl simulator;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("cpay.sandbox.lifecycle.auto-advance", "false",
                "cpay.sandbox.webhooks.max-attempts", "1"));
        events = new EventsApi(app.client());
        deposits = new DepositsApi(app.client());
        orders = new OrdersApi(app.client());
        simulator = app.simulator();
        simulator.configureWebhook("20003092", "http://127.0.0.1:9/lost", "json");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void an_order_s_changes_are_events_in_order_each_carrying_the_order_as_the_api_shows_it() throws ApiException {
        Order created = deposit("4.5");
        String tradeNo = created.getMerchantTradeNo();
        simulator.moveOrder(simulator.orderByTradeNo(tradeNo).orderId(), "COMPLETED");
        Order completed = orders.refreshOrder(tradeNo, Orders.key());

        List<Event> story = allEvents(null).stream().filter(e -> tradeNo.equals(e.getMerchantTradeNo())).toList();

        // created as soon as it is stored, updated with C-Pay's answer (its orderId and address), then completed
        assertThat(story).extracting(Event::getType).containsExactly(EventType.ORDER_CREATED,
                EventType.ORDER_UPDATED, EventType.ORDER_STATUS_CHANGED);
        assertThat(story).extracting(Event::getSequence).containsExactly(1L, 2L, 3L);
        List<Order> asShown = withWholeHistory(
                allEvents(null).stream().filter(e -> tradeNo.equals(e.getMerchantTradeNo())).toList());
        assertThat(asShown.get(1)).isEqualTo(created);
        assertThat(asShown.get(2)).isEqualTo(completed);
        assertThat(story.get(2).getData().getStatus()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(story.get(2).getData().getHistory()).isNotEmpty();
        assertThat(story.get(2).getCreated()).isAfterOrEqualTo(story.get(0).getCreated());
        assertThat(events.getEvent(story.get(2).getId())).isEqualTo(story.get(2));
    }

    @Test
    void pages_follow_each_other_through_the_cursor_and_the_last_one_says_nothing_more_waits() throws ApiException {
        String start = events.listEvents(null, null, 500).getNextCursor();
        List<String> created = List.of(deposit("1.1").getMerchantTradeNo(), deposit("2.2").getMerchantTradeNo(),
                deposit("3.3").getMerchantTradeNo());

        EventPage first = events.listEvents(start, List.of(EventType.ORDER_CREATED), 2);
        EventPage second = events.listEvents(first.getNextCursor(), List.of(EventType.ORDER_CREATED), 2);
        EventPage after = events.listEvents(second.getNextCursor(), List.of(EventType.ORDER_CREATED), 2);

        assertThat(first.getItems()).hasSize(2);
        assertThat(first.getHasMore()).isTrue();
        assertThat(second.getItems()).hasSize(1);
        assertThat(second.getHasMore()).isFalse();
        List<String> read = new ArrayList<>();
        first.getItems().forEach(e -> read.add(e.getMerchantTradeNo()));
        second.getItems().forEach(e -> read.add(e.getMerchantTradeNo()));
        assertThat(read).containsExactlyElementsOf(created);
        assertThat(after.getItems()).isEmpty();
        assertThat(after.getHasMore()).isFalse();
        assertThat(after.getNextCursor()).isEqualTo(second.getNextCursor());
    }

    @Test
    void a_types_filter_keeps_only_those_types() throws ApiException {
        String tradeNo = deposit("5.5").getMerchantTradeNo();
        simulator.moveOrder(simulator.orderByTradeNo(tradeNo).orderId(), "COMPLETED");
        orders.refreshOrder(tradeNo, Orders.key());

        EventPage changes = events.listEvents(null, List.of(EventType.ORDER_STATUS_CHANGED), 500);

        assertThat(changes.getItems()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getType()).isEqualTo(EventType.ORDER_STATUS_CHANGED));
        assertThat(changes.getItems()).anySatisfy(e -> assertThat(e.getMerchantTradeNo()).isEqualTo(tradeNo));
    }

    @Test
    void a_cursor_the_service_did_not_issue_a_limit_out_of_range_and_an_unknown_type_are_400_naming_the_parameter() {
        Http http = new Http(app.url());

        HttpResponse<String> cursor = http.get("/api/v1/events?after=ev_x1", "Authorization", Http.bearer());
        HttpResponse<String> limit = http.get("/api/v1/events?limit=501", "Authorization", Http.bearer());
        HttpResponse<String> type = http.get("/api/v1/events?types=order.deleted", "Authorization", Http.bearer());

        assertThat(cursor.statusCode()).as(cursor.body()).isEqualTo(400);
        assertThat(cursor.body()).contains("after").doesNotContain("Exception");
        assertThat(limit.statusCode()).as(limit.body()).isEqualTo(400);
        assertThat(limit.body()).contains("limit");
        assertThat(type.statusCode()).as(type.body()).isEqualTo(400);
        assertThat(type.body()).contains("types");
    }

    @Test
    void an_event_that_does_not_exist_is_404_and_the_events_need_the_api_token() {
        Http http = new Http(app.url());

        HttpResponse<String> missing = http.get("/api/v1/events/" + UUID.randomUUID(), "Authorization", Http.bearer());
        HttpResponse<String> anonymous = http.get("/api/v1/events");

        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
        assertThat(missing.body()).contains("urn:cpay-platform:problem:not-found");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    /**
     * Each event's order with the history entries of every event up to it: the order as it stood then. Changes the
     * events given (the generated model's setters are fluent).
     */
    private static List<Order> withWholeHistory(List<Event> story) {
        List<Order> orders = new ArrayList<>();
        List<com.cpay.platform.client.internal.model.StatusChange> history = new ArrayList<>();
        for (Event event : story) {
            history.addAll(event.getData().getHistory());
            orders.add(event.getData().history(new ArrayList<>(history)));
        }
        return orders;
    }

    private Order deposit(String amount) throws ApiException {
        return deposits.createDeposit(Orders.key(),
                new CreateDepositRequest().userId("events-user").cryptoCurrency("USDT").amount(amount));
    }

    private List<Event> allEvents(String from) throws ApiException {
        List<Event> all = new ArrayList<>();
        String cursor = from;
        EventPage page;
        do {
            page = events.listEvents(cursor, null, 500);
            all.addAll(page.getItems());
            cursor = page.getNextCursor();
        } while (page.getHasMore());
        return all;
    }
}
