package com.cpay.platform.adapter.persistence;

import static com.cpay.platform.adapter.persistence.OrderExamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.notification.InboundNotification;
import com.cpay.platform.domain.notification.RefusedBody;
import com.cpay.platform.domain.notification.InboxEntry.State;
import com.cpay.platform.domain.reconciliation.LookupFinding;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.notification.NotificationKeys;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox's V4 columns and states: notifications held for review or a lookup keep their keys and C-Pay's answer
 * in columns of their own, a failed lookup waits for its retry time, and the database refuses unknown states.
 */
abstract class InboxResolutionContract extends DatabaseTest {

    private static final String HASH = "c4dbbf5737c52072817dc92fa09c41386f8024fee883270b92bfc1943616f957";

    private NotificationInbox inbox;

    @BeforeEach
    void emptyInbox() throws SQLException {
        inbox = bean(NotificationInbox.class);
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM webhook_inbox");
        }
    }

    private void received(String key) {
        inbox.record(InboundNotification.verified(key, "{\"merchantTradeNo\":\"never-issued-1\"}", T0));
    }

    @Test
    void an_unmatched_notification_keeps_its_lookup_keys_in_their_own_columns() throws SQLException {
        received("u-1");
        inbox.markUnmatched("u-1", new NotificationKeys(Optional.of(new MerchantTradeNo("never-issued-1")),
                Optional.of(new CpayOrderId("2209141130105863014")), Optional.of(new TransactionHash(HASH))),
                "no order matches its merchantTradeNo, orderId or hash: kept for review", T0.plusSeconds(1));

        Map<String, Object> row = row("u-1", "state", "merchant_trade_no", "cpay_order_id", "tx_hash", "review_reason",
                "lookup_attempts", "next_lookup_at", "looked_up_at", "processed_at");
        assertThat(row.get("state")).isEqualTo("UNMATCHED");
        assertThat(row.get("merchant_trade_no")).isEqualTo("never-issued-1");
        assertThat(row.get("cpay_order_id")).isEqualTo("2209141130105863014");
        assertThat(row.get("tx_hash")).isEqualTo(HASH);
        assertThat((String) row.get("review_reason")).startsWith("no order matches");
        assertThat(((Number) row.get("lookup_attempts")).intValue()).isZero();
        assertThat(row.get("next_lookup_at")).isNotNull();
        assertThat(row.get("looked_up_at")).isNull();
        assertThat(row.get("processed_at")).isNotNull();
        assertThat(inbox.dueForLookup(T0.plusSeconds(1), 5)).singleElement()
                .satisfies(e -> assertThat(e.keys().hash()).contains(new TransactionHash(HASH)));
    }

    @Test
    void a_notification_needing_a_lookup_keeps_only_the_keys_that_could_be_read() throws SQLException {
        received("n-1");
        inbox.markNeedsLookup("n-1", new NotificationKeys(Optional.empty(), Optional.of(new CpayOrderId("c-9")),
                Optional.empty()), "cannot be applied (createTime [pattern])", T0);

        Map<String, Object> row = row("n-1", "state", "merchant_trade_no", "cpay_order_id", "tx_hash");
        assertThat(row.get("state")).isEqualTo("NEEDS_LOOKUP");
        assertThat(row.get("merchant_trade_no")).isNull();
        assertThat(row.get("cpay_order_id")).isEqualTo("c-9");
        assertThat(row.get("tx_hash")).isNull();
        assertThat(inbox.listByState(State.NEEDS_LOOKUP, 10)).extracting(StoredNotification::dedupeKey)
                .containsExactly("n-1");
    }

    @Test
    void cpay_s_answer_goes_to_its_columns_and_the_entry_is_not_due_again() throws SQLException {
        received("n-2");
        inbox.markNeedsLookup("n-2", new NotificationKeys(Optional.empty(), Optional.of(new CpayOrderId("c-2")),
                Optional.empty()), "unreadable", T0);
        OrderReport report = new OrderReport(Optional.of(new CpayOrderId("c-2")), StatusCode.of("14"),
                Optional.of(new MerchantTradeNo("payout-elsewhere")), Optional.empty(), Optional.empty(),
                Optional.of("USDT"), Optional.empty(), Map.of(AmountKind.RECEIVED_AMOUNT, new BigDecimal("9.90")),
                Optional.empty(), Optional.empty(), Optional.empty());

        inbox.recordLookup("n-2", LookupFinding.found(report), T0.plusSeconds(30));

        Map<String, Object> row = row("n-2", "state", "lookup_answer", "cpay_status", "cpay_merchant_trade_no",
                "cpay_amounts", "looked_up_at", "next_lookup_at");
        assertThat(row.get("state")).isEqualTo("UNMATCHED");
        assertThat(row.get("lookup_answer")).isEqualTo("FOUND");
        assertThat(row.get("cpay_status")).isEqualTo("14");
        assertThat(row.get("cpay_merchant_trade_no")).isEqualTo("payout-elsewhere");
        assertThat(row.get("cpay_amounts")).isEqualTo("receivedAmount=9.90 currency=USDT");
        assertThat(row.get("looked_up_at")).isNotNull();
        assertThat(row.get("next_lookup_at")).isNull();
        assertThat(inbox.dueForLookup(T0.plus(Duration.ofDays(30)), 10)).isEmpty();
        assertThat(inbox.find("n-2").orElseThrow().finding()).contains(LookupFinding.found(report));
        assertThat(inbox.find("n-2").orElseThrow().lookedUpAt()).contains(T0.plusSeconds(30));
    }

    @Test
    void a_failed_lookup_counts_keeps_its_error_and_waits_for_its_retry_time() throws SQLException {
        received("n-3");
        inbox.markUnmatched("n-3", NotificationKeys.none(), "no order", T0);

        inbox.lookupFailed("n-3", "lookup failed: GatewayUnavailableException", T0.plus(Duration.ofMinutes(1)));
        inbox.lookupFailed("n-3", "lookup failed: GatewayRejectedException", T0.plus(Duration.ofMinutes(3)));

        Map<String, Object> row = row("n-3", "lookup_attempts", "last_lookup_error");
        assertThat(((Number) row.get("lookup_attempts")).intValue()).isEqualTo(2);
        assertThat(row.get("last_lookup_error")).isEqualTo("lookup failed: GatewayRejectedException");
        assertThat(inbox.dueForLookup(T0.plus(Duration.ofMinutes(2)), 10)).isEmpty();
        assertThat(inbox.dueForLookup(T0.plus(Duration.ofMinutes(3)), 10)).singleElement()
                .satisfies(e -> assertThat(e.lookupAttempts()).isEqualTo(2));
    }

    @Test
    void a_resolved_entry_keeps_its_resolution() throws SQLException {
        received("n-4");
        inbox.markNeedsLookup("n-4", NotificationKeys.none(), "unreadable", T0);

        inbox.markResolved("n-4", "order shop-1 reconciled: REPORTED, PENDING -> COMPLETED", T0.plusSeconds(5));

        Map<String, Object> row = row("n-4", "state", "resolution", "resolved_at", "next_lookup_at");
        assertThat(row.get("state")).isEqualTo("RESOLVED");
        assertThat(row.get("resolution")).isEqualTo("order shop-1 reconciled: REPORTED, PENDING -> COMPLETED");
        assertThat(row.get("resolved_at")).isNotNull();
        assertThat(row.get("next_lookup_at")).isNull();
        assertThat(inbox.find("n-4").orElseThrow().reason()).contains("unreadable");
    }

    @Test
    void a_rejected_entry_lists_with_its_rejection_reason() {
        inbox.record(InboundNotification.rejected("r-1", RefusedBody.of("{}"), "merchantId 123 is not this merchant's", T0));

        assertThat(inbox.listByState(State.REJECTED, 10)).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("merchantId 123 is not this merchant's");
            assertThat(e.keys().isEmpty()).isTrue();
        });
    }

    @Test
    void the_database_refuses_an_unknown_state_or_lookup_answer() throws SQLException {
        received("n-5");
        try (Connection c = connection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE webhook_inbox SET state = 'LOST' WHERE dedupe_key = 'n-5'"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate(
                    "UPDATE webhook_inbox SET lookup_answer = 'MAYBE' WHERE dedupe_key = 'n-5'"))
                    .isInstanceOf(SQLException.class);
            assertThat(s.executeUpdate("UPDATE webhook_inbox SET state = 'RESOLVED' WHERE dedupe_key = 'n-5'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void a_long_reason_is_cut_to_its_column() {
        received("n-6");
        inbox.markUnmatched("n-6", NotificationKeys.none(), "x".repeat(5000), T0);

        assertThat(inbox.find("n-6").orElseThrow().reason()).hasValueSatisfying(r -> assertThat(r).hasSize(1000));
    }

    private Map<String, Object> row(String key, String... columns) throws SQLException {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", columns)
                     + " FROM webhook_inbox WHERE dedupe_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("row " + key).isTrue();
                Map<String, Object> values = new LinkedHashMap<>();
                for (String column : columns) {
                    values.put(column, rs.getObject(column));
                }
                return values;
            }
        }
    }
}
