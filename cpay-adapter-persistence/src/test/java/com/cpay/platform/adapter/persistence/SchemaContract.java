package com.cpay.platform.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.notification.InboundNotification;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.order.OrderRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The migrated schema: money columns exact with their asset beside them, and no place for card data. The
 * data scan itself runs after every test class ({@link DatabaseTest}); here it is shown to catch what it
 * must.
 */
abstract class SchemaContract extends DatabaseTest {

    @Test
    void no_column_can_hold_a_card_number_or_a_cvv() throws Exception {
        try (Connection c = connection()) {
            assertThat(CardDataScanner.schemaFindings(c)).isEmpty();
            // the masked number stays a column so the database itself can refuse an unmasked one; C-Pay's stored-card
            // id lives in the details document, which the data scan reads like any text column
            assertThat(columns(c)).contains("orders.masked_pan", "orders.details").doesNotContain("orders.cc_storage_id");
        }
    }

    @Test
    void amounts_are_numeric_38_8_with_an_asset_column_beside_each() throws Exception {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name, data_type, numeric_precision,"
                     + " numeric_scale FROM information_schema.columns WHERE table_schema = current_schema");
             ResultSet rs = ps.executeQuery()) {
            Set<String> all = columns(c);
            int amounts = 0;
            while (rs.next()) {
                String column = rs.getString(1).toLowerCase(Locale.ROOT) + "." + rs.getString(2).toLowerCase(Locale.ROOT);
                String type = rs.getString(3).toLowerCase(Locale.ROOT);
                assertThat(type).as(column).doesNotContain("float", "double", "real", "money");
                if (type.equals("numeric")) {
                    amounts++;
                    assertThat(rs.getInt(4)).as(column).isEqualTo(38);
                    assertThat(rs.getInt(5)).as(column).isEqualTo(8);
                    assertThat(column).endsWith("_amount");
                    assertThat(all).as(column).contains(column.replaceAll("_amount$", "_asset"));
                }
            }
            // requested and the five reported amounts; the kind-specific amounts are strings in orders.details (V7)
            assertThat(amounts).isEqualTo(6);
        }
    }

    @Test
    void a_direct_card_payment_stores_only_the_masked_number() throws Exception {
        Order card = bean(OrderRepository.class).insert(OrderExamples.directCard("pan-1"));
        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT masked_pan, details FROM orders WHERE merchant_trade_no = 'pan-1'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("411111******1111");
            assertThat(rs.getString(2)).contains("\"ccStorageId\":\"cc-store-77\"").doesNotContain("411111");
            assertThat(CardDataScanner.findCardData(c)).isEmpty();
        }
        assertThat(card.details().toString()).doesNotContain("4111111111111111");
    }

    @Test
    void the_database_refuses_an_unmasked_number_in_masked_pan() throws Exception {
        bean(OrderRepository.class).insert(OrderExamples.directCard("pan-2"));
        try (Connection c = connection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(
                    "UPDATE orders SET masked_pan = '4111111111111111' WHERE merchant_trade_no = 'pan-2'"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate(
                    "UPDATE orders SET masked_pan = '4111111111111111111*' WHERE merchant_trade_no = 'pan-2'"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void the_data_scan_finds_a_card_number_hidden_in_any_text_column() throws Exception {
        bean(NotificationInbox.class).record(InboundNotification.verified("scan-1", "{\"note\":\"none\"}",
                OrderExamples.T0));
        List<String> planted = List.of("4111111111111111", "card 4111-1111-1111-1111 here", "5500 0000 0000 0004",
                "378282246310005", "1234567812345678");
        for (String value : planted) {
            try (Connection c = connection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_inbox SET payload = ? WHERE dedupe_key = 'scan-1'")) {
                    ps.setString(1, value);
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
                assertThat(CardDataScanner.findCardData(c)).as("planted value %d", planted.indexOf(value))
                        .singleElement().asString().startsWith("webhook_inbox.payload");
                c.rollback();
            }
        }
        try (Connection c = connection()) {
            assertThat(CardDataScanner.findCardData(c)).isEmpty();
        }
    }

    @Test
    void the_card_number_rule_passes_ordinary_numbers() {
        for (String fine : List.of("19.011", "2026-03-10T08:00:00.123Z", "411111******1111", 
                "123456789012", "12345678901234567890123")) {
            assertThat(CardDataScanner.containsCardNumber(fine)).as(fine).isEmpty();
        }
    }

    private static Set<String> columns(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT) + "." + rs.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
