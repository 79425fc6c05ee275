package com.cpay.platform.adapter.persistence;

import static com.cpay.platform.adapter.persistence.OrderExamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.notification.InboundNotification;
import com.cpay.platform.domain.notification.InboxEntry;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.order.OrderRepository;
import com.cpay.platform.domain.notification.RefusedBody;
import com.cpay.platform.domain.shared.NotFoundException;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook inbox: each notification stored once, redeliveries reported, processing state kept. */
abstract class NotificationInboxContract extends DatabaseTest {

    private NotificationInbox inbox;

    @BeforeEach
    void ports() {
        inbox = bean(NotificationInbox.class);
    }

    static InboundNotification webhook(String key) {
        return InboundNotification.verified(key, "{\"orderId\":\"cp-" + key + "\",\"orderStatus\":\"14\","
                + "\"sign\":\"ab12cd\"}", T0);
    }

    @Test
    void a_new_notification_is_recorded_and_a_redelivery_is_a_duplicate() {
        InboxEntry first = inbox.record(webhook("n-1"));
        assertThat(first.outcome()).isEqualTo(InboxEntry.Outcome.RECORDED);
        assertThat(first.state()).isEqualTo(InboxEntry.State.RECEIVED);
        assertThat(first.needsProcessing()).isTrue();

        InboxEntry again = inbox.record(webhook("n-1"));
        assertThat(again.outcome()).isEqualTo(InboxEntry.Outcome.DUPLICATE);
        assertThat(again.state()).isEqualTo(InboxEntry.State.RECEIVED);
        assertThat(rows("n-1")).isEqualTo(1);
    }

    @Test
    void a_processed_notification_redelivered_needs_no_work() {
        inbox.record(webhook("n-2"));
        inbox.markProcessed("n-2", T0.plusSeconds(1));
        InboxEntry again = inbox.record(webhook("n-2"));
        assertThat(again.outcome()).isEqualTo(InboxEntry.Outcome.DUPLICATE);
        assertThat(again.state()).isEqualTo(InboxEntry.State.PROCESSED);
        assertThat(again.needsProcessing()).isFalse();
    }

    @Test
    void a_failed_notification_is_processed_again_on_redelivery() {
        inbox.record(webhook("n-3"));
        inbox.markFailed("n-3", "orderStatus: unknown order", T0.plusSeconds(1));
        InboxEntry again = inbox.record(webhook("n-3"));
        assertThat(again.state()).isEqualTo(InboxEntry.State.FAILED);
        assertThat(again.needsProcessing()).isTrue();
        inbox.markProcessed("n-3", T0.plusSeconds(2));
        assertThat(inbox.record(webhook("n-3")).state()).isEqualTo(InboxEntry.State.PROCESSED);
    }

    @Test
    void a_rejected_notification_is_kept_with_its_reason_and_never_processed() {
        InboxEntry entry = inbox.record(refused("n-4", "{\"sign\":\"00\"}"));
        assertThat(entry.state()).isEqualTo(InboxEntry.State.REJECTED);
        assertThat(entry.needsProcessing()).isFalse();
        assertThatThrownBy(() -> inbox.markProcessed("n-4", T0)).isInstanceOf(IllegalStateException.class);
        assertThat(inbox.record(webhook("n-4")).state()).isEqualTo(InboxEntry.State.REJECTED);
    }

    @Test
    void a_refused_notification_is_stored_as_digest_length_reason_and_redacted_excerpt_only() throws Exception {
        String body = "{\"cardNumber\":\"4111 1111 1111 1111\",\"cvv\":\"737\",\"pad\":\"" + "x".repeat(300) + "\"}";
        inbox.record(InboundNotification.rejected("n-5", RefusedBody.of(body),
                "duplicate-field: field 5500000000000004 appears more than once", T0));

        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT payload, body_sha256, body_length, body_excerpt, rejection_reason,"
                     + " verified FROM webhook_inbox WHERE dedupe_key = 'n-5'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("payload")).isNull();
            assertThat(rs.getString("body_sha256")).isEqualTo(RefusedBody.of(body).sha256());
            assertThat(rs.getLong("body_length")).isEqualTo(body.length());
            assertThat(rs.getString("body_excerpt")).hasSize(RefusedBody.MAX_EXCERPT)
                    .startsWith("{\"cardNumber\":\"**** **** **** 1111\",\"cvv\":\"***\",\"pad\":\"xx");
            assertThat(rs.getString("rejection_reason"))
                    .isEqualTo("duplicate-field: field ************0004 appears more than once");
            assertThat(rs.getBoolean("verified")).isFalse();
        }
        assertThat(inbox.find("n-5").orElseThrow().payload()).isEqualTo(RefusedBody.of(body).excerpt());
    }

    @Test
    void the_database_refuses_a_body_in_a_refused_row_and_a_verified_row_without_one() throws Exception {
        inbox.record(refused("n-6", "{}"));
        inbox.record(webhook("n-7"));
        try (Connection c = connection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(
                    "UPDATE webhook_inbox SET payload = '{\"pan\":\"x\"}' WHERE dedupe_key = 'n-6'"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate("UPDATE webhook_inbox SET body_excerpt = NULL WHERE dedupe_key = 'n-6'"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate("UPDATE webhook_inbox SET payload = NULL WHERE dedupe_key = 'n-7'"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate(
                    "UPDATE webhook_inbox SET body_excerpt = '" + "x".repeat(257) + "' WHERE dedupe_key = 'n-6'"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void only_the_newest_refused_notifications_up_to_the_bound_are_kept_and_no_verified_one_is_dropped()
            throws Exception {
        deleteAllInbox();
        NotificationInbox bounded = new JdbcNotificationInbox(bean(InboxRows.class), tx(), 3,
                bean(OrderEventWriter.class));
        bounded.record(webhook("v-1"));
        for (int i = 1; i <= 5; i++) {
            bounded.record(refused("r-" + i, "{\"n\":" + i + "}"));
        }
        assertThat(keys()).containsExactlyInAnyOrder("v-1", "r-3", "r-4", "r-5");

        bounded.record(webhook("v-2"));
        assertThat(bounded.record(refused("r-5", "{\"n\":5}")).outcome()).isEqualTo(InboxEntry.Outcome.DUPLICATE);
        assertThat(keys()).containsExactlyInAnyOrder("v-1", "v-2", "r-3", "r-4", "r-5");
        bounded.record(refused("r-1", "{\"n\":1}"));
        assertThat(keys()).as("a pruned one sent again is new").containsExactlyInAnyOrder("v-1", "v-2", "r-4", "r-5",
                "r-1");
        assertThatThrownBy(() -> new JdbcNotificationInbox(bean(InboxRows.class), tx(), 0,
                bean(OrderEventWriter.class)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void marking_an_unknown_notification_is_not_found() {
        assertThatThrownBy(() -> inbox.markProcessed("nobody", T0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inbox.markFailed("nobody", "x", T0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void one_hundred_identical_webhooks_in_parallel_leave_exactly_one_row() throws Exception {
        int deliveries = 100;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<InboxEntry>> results = new ArrayList<>();
        for (int i = 0; i < deliveries; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return inbox.record(webhook("burst-1"));
            }));
        }
        start.countDown();
        int recorded = 0;
        for (Future<InboxEntry> result : results) {
            if (result.get(60, TimeUnit.SECONDS).outcome() == InboxEntry.Outcome.RECORDED) {
                recorded++;
            }
        }
        pool.shutdown();
        assertThat(recorded).isEqualTo(1);
        assertThat(rows("burst-1")).isEqualTo(1);
    }

    @Test
    void inbox_insert_and_order_update_commit_or_roll_back_together() {
        OrderRepository orders = bean(OrderRepository.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(Argument.of(TransactionOperations.class, Connection.class));
        orders.insert(OrderExamples.deposit("tx-1"));

        assertThatThrownBy(() -> tx.executeWrite(status -> {
            inbox.record(webhook("tx-hook-1"));
            Order order = orders.findByMerchantTradeNo(OrderExamples.tradeNo("tx-1")).orElseThrow();
            order.apply(OrderExamples.processing(T0.plusSeconds(1)));
            orders.update(order);
            throw new IllegalStateException("the webhook endpoint failed before answering");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(rows("tx-hook-1")).isZero();
        assertThat(orders.findByMerchantTradeNo(OrderExamples.tradeNo("tx-1")).orElseThrow().status())
                .isEqualTo(OrderStatus.PENDING);

        tx.executeWrite(status -> {
            inbox.record(webhook("tx-hook-1"));
            Order order = orders.findByMerchantTradeNo(OrderExamples.tradeNo("tx-1")).orElseThrow();
            order.apply(OrderExamples.processing(T0.plusSeconds(1)));
            orders.update(order);
            inbox.markProcessed("tx-hook-1", T0.plusSeconds(1));
            return null;
        });
        assertThat(rows("tx-hook-1")).isEqualTo(1);
        assertThat(orders.findByMerchantTradeNo(OrderExamples.tradeNo("tx-1")).orElseThrow().status())
                .isEqualTo(OrderStatus.PROCESSING);
    }

    static InboundNotification refused(String key, String body) {
        return InboundNotification.rejected(key, RefusedBody.of(body), "wrong signature", T0);
    }

    @SuppressWarnings("unchecked")
    private TransactionOperations<Connection> tx() {
        return context.getBean(Argument.of(TransactionOperations.class, Connection.class));
    }

    private void deleteAllInbox() throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM webhook_inbox");
        }
    }

    private List<String> keys() throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT dedupe_key FROM webhook_inbox")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private int rows(String key) {
        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM webhook_inbox WHERE dedupe_key = '" + key + "'")) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
