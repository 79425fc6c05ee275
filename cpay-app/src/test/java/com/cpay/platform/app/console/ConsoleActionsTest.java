package com.cpay.platform.app.console;

import static com.cpay.platform.app.console.ConsoleClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.app.support.Webhooks;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.notification.InboxEntry;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.ReviewNote;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.sandbox.journal.RequestRecord;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console's close and replay through real HTTP on a running app (the embedded simulator as C-Pay): a close sends
 * nothing to C-Pay and is audited; a stored notification is replayed once, a refused one never; an order's page shows
 * the C-Pay calls with their trace ids, its events, its notifications and its metadata.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleActionsTest {

    private TestApp app;
    private ConsoleClient alice;

    @BeforeAll
    void start() {
        app = TestApp.start(ConsoleFixtures.accounts(Map.of()));
        alice = new ConsoleClient(app.url());
        assertThat(alice.login("alice", "alice-password").statusCode()).isEqualTo(303);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void closing_a_lost_payout_sends_nothing_to_cpay_and_is_audited() {
        String lost = ConsoleFixtures.lostPayout(app, "close-wd");
        int callsBefore = app.simulator().requests().size();
        String page = "/console/orders/" + lost;
        assertThat(alice.get(page).body()).contains("Close the order").contains("withdraw").contains("no answer");

        HttpResponse<String> unconfirmed = alice.postFrom(page, page + "/close", form("note", "support says no"));
        assertThat(unconfirmed.statusCode()).isEqualTo(303);
        assertThat(alice.get(page).body()).contains("Tick the box");
        assertThat(order(lost).status()).as("not closed without the box ticked").isEqualTo(OrderStatus.PENDING);

        HttpResponse<String> closed = alice.postFrom(page, page + "/close", form("note",
                "C-Pay support: no withdrawal under " + lost, "confirm", "yes"));

        assertThat(closed.statusCode()).isEqualTo(303);
        OrderSnapshot after = order(lost);
        assertThat(after.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(after.needsReview()).isFalse();
        assertThat(after.outcomeUnknown()).isEmpty();
        assertThat(after.reviewNotes()).extracting(ReviewNote::reason).endsWith(ReviewReason.CLOSED_BY_OPERATOR);
        assertThat(after.history()).last().satisfies(c -> assertThat(c.source()).isEqualTo(EventSource.OPERATOR));
        List<RequestRecord> since = app.simulator().requests().subList(callsBefore,
                app.simulator().requests().size());
        assertThat(since).as("nothing sent to C-Pay").isEmpty();
        String shown = alice.get(page).body();
        assertThat(shown).contains("Close: closed; the order is CLOSED, nothing sent to C-Pay")
                .doesNotContain("Close the order");
        assertThat(alice.get("/console/audit").body()).contains("CLOSE").contains("C-Pay support: no withdrawal");

        alice.postFrom("/console/orders", page + "/close", form("note", "again", "confirm", "yes"));
        assertThat(alice.get(page).body()).contains("Close: refused").contains("nothing to close");
    }

    @Test
    void a_stored_notification_is_replayed_once_and_a_refused_one_never() {
        String tradeNo = Orders.tradeNo("early");
        Http http = new Http(app.url());
        String orderId = "7" + System.nanoTime();
        assertThat(webhook(http, Webhooks.signedJson(Webhooks.notification(tradeNo, orderId, "14", "25"),
                Webhooks.KEY))).isEqualTo(200);
        assertThat(webhook(http, Webhooks.signedJson(Webhooks.notification(tradeNo, orderId, "14", "25"),
                "not-the-key"))).isEqualTo(400);
        StoredNotification early = held(InboxEntry.State.UNMATCHED, tradeNo);
        // the order is stored after its notification came (as by another instance, or a late insert)
        app.context().getBean(SaveOrderPort.class).insert(Order.open(new MerchantTradeNo(tradeNo),
                NewOrder.cryptoDeposit(Optional.of(new MerchantTradeNo(tradeNo)), new UserId("u1"),
                        Money.parse("amount", "25", Asset.USDT)), Instant.now()));
        String page = "/console/orders/" + tradeNo;
        assertThat(alice.get(page).body()).contains("UNMATCHED").contains("signature verified")
                .contains("refused: ");

        alice.postFrom("/console/webhooks", "/console/webhooks/replay", form("key", early.dedupeKey()));

        assertThat(order(tradeNo).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(alice.get("/console/webhooks?state=UNMATCHED").body()).contains("applied to order " + tradeNo);
        assertThat(app.context().getBean(NotificationInbox.class).find(early.dedupeKey()).orElseThrow().state())
                .isEqualTo(InboxEntry.State.RESOLVED);

        alice.postFrom("/console/webhooks", "/console/webhooks/replay", form("key", early.dedupeKey()));
        assertThat(alice.get("/console/webhooks").body()).contains("refused: the notification was already applied");
        assertThat(order(tradeNo).history()).filteredOn(c -> c.source() == EventSource.WEBHOOK).as("applied once")
                .hasSize(1);

        StoredNotification refused = app.context().getBean(NotificationInbox.class).listByState(
                InboxEntry.State.REJECTED, 500).stream().filter(n -> n.payload().contains(tradeNo)).findFirst()
                .orElseThrow();
        alice.postFrom("/console/webhooks", "/console/webhooks/replay", form("key", refused.dedupeKey()));
        assertThat(alice.get("/console/webhooks").body()).contains("refused: a refused notification is never replayed");
        assertThat(alice.get("/console/audit").body()).contains("REPLAY_NOTIFICATION");
        HttpResponse<String> unknown = alice.postFrom("/console/webhooks", "/console/webhooks/replay",
                form("key", "sha256:none"));
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void an_orders_page_shows_its_cpay_calls_with_trace_ids_its_events_and_its_metadata() {
        Http http = new Http(app.url());
        HttpResponse<String> created = http.postJson("/api/v1/deposits", "{\"userId\":\"meta-user\","
                + "\"cryptoCurrency\":\"USDT\",\"amount\":\"12\",\"metadata\":{\"shopOrder\":\"A-1001\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        String tradeNo = created.body().replaceAll(".*\"merchantTradeNo\":\"([^\"]+)\".*", "$1");

        String page = alice.get("/console/orders/" + tradeNo).body();

        assertThat(page).contains("createOrder").contains("accepted").contains("order.created")
                .contains("shopOrder").contains("A-1001");
        assertThat(page).as("C-Pay's trace id of the accepted call").containsPattern(
                "<td class=\"id\">[0-9]{6,}X[0-9]+</td>");
        assertThat(alice.get("/console/reconciliation").statusCode()).isEqualTo(200);
    }

    private OrderSnapshot order(String tradeNo) {
        return app.context().getBean(LoadOrderPort.class).findByMerchantTradeNo(new MerchantTradeNo(tradeNo))
                .orElseThrow().snapshot();
    }

    private StoredNotification held(InboxEntry.State state, String tradeNo) {
        return app.context().getBean(NotificationInbox.class).listByState(state, 500).stream()
                .filter(n -> n.keys().merchantTradeNo().map(k -> k.value().equals(tradeNo)).orElse(false))
                .findFirst().orElseThrow();
    }

    private static int webhook(Http http, String body) {
        return http.post("/cpay/webhooks", body, "Content-Type", "application/json").statusCode();
    }
}
