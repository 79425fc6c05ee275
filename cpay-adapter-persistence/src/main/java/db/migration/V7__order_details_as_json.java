package db.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves each order's kind-specific columns into one JSON document, {@code orders.details}, and drops those
 * columns. Java rather than SQL because the values (C-Pay's redirect page is HTML) need JSON escaping, which the
 * SQL common to H2 and PostgreSQL 15 cannot do. Self-contained on purpose: it writes the document as it was
 * defined when V7 was written, whatever the adapter's mapping becomes later.
 *
 * <p>What stays a column: {@code masked_pan} (the database itself refuses an unmasked number there) and
 * {@code tx_hash} (orders are looked up by it). Amounts become strings in plain notation, never JSON numbers, so
 * no reader can turn them into doubles.
 */
public class V7__order_details_as_json extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> MOVED = List.of(
            "network", "cashier_url",
            "card_charged_amount", "card_charged_asset", "card_requested_amount", "card_redirect_page",
            "card_redirect_url", "cc_storage_id",
            "payout_to_address", "payout_total_amount", "payout_total_asset", "payout_received_amount",
            "payout_received_asset",
            "pix_amount", "pix_asset", "pix_country", "pix_account_type", "pix_key",
            "exchange_source_amount", "exchange_source_asset", "exchange_target_amount", "exchange_target_asset",
            "exchange_rate", "exchange_fee_amount", "exchange_fee_asset");

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE orders ADD COLUMN details VARCHAR");
        }
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, kind, " + String.join(", ", MOVED) + " FROM orders");
             PreparedStatement write = c.prepareStatement("UPDATE orders SET details = ? WHERE id = ?")) {
            int pending = 0;
            while (rs.next()) {
                write.setString(1, JSON.writeValueAsString(details(rs)));
                write.setLong(2, rs.getLong("id"));
                write.addBatch();
                if (++pending == 500) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE orders ALTER COLUMN details SET NOT NULL");
            for (String column : MOVED) {
                s.execute("ALTER TABLE orders DROP COLUMN " + column);
            }
        }
    }

    private static ObjectNode details(ResultSet rs) throws SQLException {
        ObjectNode d = JSON.createObjectNode();
        String kind = rs.getString("kind");
        switch (kind) {
            case "CRYPTO_DEPOSIT" -> {
                text(d, "network", rs.getString("network"));
                text(d, "cashierUrl", rs.getString("cashier_url"));
            }
            case "HOSTED_CARD" -> text(d, "cashierUrl", rs.getString("cashier_url"));
            case "DIRECT_CARD" -> {
                money(d, "charged", rs, "card_charged");
                text(d, "requested", rs.getString("card_requested_amount"));
                text(d, "redirectPage", rs.getString("card_redirect_page"));
                text(d, "redirectUrl", rs.getString("card_redirect_url"));
                text(d, "ccStorageId", rs.getString("cc_storage_id"));
            }
            case "CRYPTO_PAYOUT" -> {
                text(d, "network", rs.getString("network"));
                text(d, "toAddress", rs.getString("payout_to_address"));
                money(d, "total", rs, "payout_total");
                money(d, "received", rs, "payout_received");
            }
            case "PIX_PAYOUT" -> {
                money(d, "amount", rs, "pix");
                text(d, "country", rs.getString("pix_country"));
                text(d, "accountType", rs.getString("pix_account_type"));
                text(d, "key", rs.getString("pix_key"));
            }
            case "CRYPTO_EXCHANGE" -> {
                money(d, "source", rs, "exchange_source");
                money(d, "target", rs, "exchange_target");
                text(d, "rate", rs.getString("exchange_rate"));
                money(d, "fee", rs, "exchange_fee");
            }
            default -> throw new IllegalStateException("order " + rs.getLong("id") + " has unknown kind " + kind);
        }
        return d;
    }

    private static void text(ObjectNode d, String field, String value) {
        if (value != null) {
            d.put(field, value);
        }
    }

    /** {@code <prefix>_amount} and {@code <prefix>_asset} as {"amount": "...", "asset": "..."}; none when null. */
    private static void money(ObjectNode d, String field, ResultSet rs, String prefix) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(prefix + "_amount");
        if (amount != null) {
            ObjectNode m = d.putObject(field);
            m.put("amount", amount.stripTrailingZeros().toPlainString());
            m.put("asset", rs.getString(prefix + "_asset"));
        }
    }
}
