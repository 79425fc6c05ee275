package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.CardRedirect;
import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.HostedCardDetails;
import com.cpay.platform.domain.order.OrderDetails;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.PixPayoutDetails;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.ReviewNote;
import com.cpay.platform.domain.order.StatusChange;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.TransactionHash;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Orders written as the schema up to V6 held them: one column per kind-specific value, filled by plain INSERTs
 * naming the V6 columns. Frozen with V6 on purpose, so that the V7 migration is tested on the data it meets in a
 * database that was running before it, not on what today's adapter writes.
 */
final class V6OrderRows {

    private V6OrderRows() {
    }

    /** Inserts the order, its history and its review notes; returns the row id. */
    static long insert(Connection c, String merchantId, OrderSnapshot s) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("merchant_id", merchantId);
        v.put("merchant_trade_no", s.merchantTradeNo().value());
        v.put("cpay_order_id", s.cpayOrderId().map(CpayOrderId::value).orElse(null));
        v.put("kind", s.kind().name());
        v.put("user_id", s.userId().value());
        v.put("status", s.status().name());
        money(v, "requested", s.requestedAmount());
        v.put("reporting_asset", s.details().reportingAsset().code());
        ReportedAmounts r = s.reportedAmounts();
        money(v, "reported_order", r.orderAmount());
        money(v, "reported_actual", r.actualAmount());
        money(v, "reported_received", r.receivedAmount());
        money(v, "reported_fee", r.fee());
        money(v, "reported_pledge", r.pledgeAmount());
        details(v, s.details());
        v.put("created_at", s.createdAt());
        v.put("updated_at", s.updatedAt());
        v.put("needs_review", s.needsReview());
        v.put("history_count", s.history().size());
        v.put("note_count", s.reviewNotes().size());
        v.put("version", s.version());
        s.rejection().ifPresent(x -> {
            v.put("rejection_code", x.code());
            v.put("rejection_msg", x.msg());
            v.put("rejection_trace_id", x.traceId());
            v.put("rejected_at", x.at());
        });
        s.outcomeUnknown().ifPresent(u -> {
            v.put("outcome_unknown_since", u.since());
            v.put("outcome_unknown_reason", u.reason());
            v.put("lookup_attempts", u.lookups());
            v.put("next_lookup_at", u.nextLookupAt());
        });
        String sql = "INSERT INTO orders (" + String.join(", ", v.keySet()) + ") VALUES ("
                + "?, ".repeat(v.size() - 1) + "?)";
        long id;
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, v.values().toArray());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (int seq = 0; seq < s.history().size(); seq++) {
            StatusChange h = s.history().get(seq);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_status_history (order_id, seq,"
                    + " from_status, to_status, status_code, source, outcome, observed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(ps, id, seq, h.from().name(), h.to().name(), h.code().raw(), h.source().name(),
                        h.outcome().name(), h.at());
                ps.executeUpdate();
            }
        }
        for (int seq = 0; seq < s.reviewNotes().size(); seq++) {
            ReviewNote n = s.reviewNotes().get(seq);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_review_notes (order_id, seq, reason,"
                    + " detail, noted_at) VALUES (?, ?, ?, ?, ?)")) {
                bind(ps, id, seq, n.reason().name(), n.detail(), n.at());
                ps.executeUpdate();
            }
        }
        return id;
    }

    private static void details(Map<String, Object> v, OrderDetails details) {
        if (details instanceof CryptoDepositDetails d) {
            v.put("network", d.network().map(Network::wireName).orElse(null));
            v.put("cashier_url", d.cashierUrl().orElse(null));
            v.put("tx_hash", d.hash().map(TransactionHash::value).orElse(null));
        } else if (details instanceof HostedCardDetails d) {
            v.put("cashier_url", d.cashierUrl().orElse(null));
        } else if (details instanceof CardPaymentDetails d) {
            v.put("masked_pan", d.card().value());
            money(v, "card_charged", Optional.of(d.amount().charged()));
            v.put("card_requested_amount", d.amount().requested().toPlainString());
            v.put("card_redirect_page", d.redirect().flatMap(CardRedirect::pageData).orElse(null));
            v.put("card_redirect_url", d.redirect().flatMap(CardRedirect::redirectUrl).orElse(null));
            v.put("cc_storage_id", d.ccStorageId().orElse(null));
        } else if (details instanceof CryptoPayoutDetails d) {
            v.put("network", d.network().wireName());
            v.put("payout_to_address", d.toAddress());
            v.put("tx_hash", d.hash().map(TransactionHash::value).orElse(null));
            money(v, "payout_total", Optional.of(d.amounts().totalAmount()));
            money(v, "payout_received", Optional.of(d.amounts().receivedAmount()));
        } else if (details instanceof PixPayoutDetails d) {
            money(v, "pix", Optional.of(d.terms().amount()));
            v.put("pix_country", d.terms().country());
            v.put("pix_account_type", d.terms().toAccount().type().name());
            v.put("pix_key", d.terms().toAccount().value());
        } else if (details instanceof ExchangeDetails d) {
            money(v, "exchange_source", Optional.of(d.sourceAmount()));
            d.result().ifPresent(x -> {
                money(v, "exchange_target", Optional.of(x.targetAmount()));
                v.put("exchange_rate", x.rate().toWireString());
                money(v, "exchange_fee", Optional.of(x.fee()));
            });
        } else {
            throw new IllegalArgumentException(details.getClass().getSimpleName());
        }
    }

    /** {@code <prefix>_amount} NUMERIC(38,8) and {@code <prefix>_asset} beside it, or neither. */
    private static void money(Map<String, Object> v, String prefix, Optional<Money> money) {
        money.ifPresent(m -> {
            v.put(prefix + "_amount", m.amount());
            v.put(prefix + "_asset", m.asset().code());
        });
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Instant at) {
                ps.setObject(i + 1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            } else if (value instanceof BigDecimal amount) {
                ps.setBigDecimal(i + 1, amount);
            } else {
                ps.setObject(i + 1, value);
            }
        }
    }
}
