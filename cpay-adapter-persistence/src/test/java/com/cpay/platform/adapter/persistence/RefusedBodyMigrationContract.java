package com.cpay.platform.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * V6 on a database that already holds refused webhooks stored verbatim (up to V5): their bodies go, digest, length
 * and an excerpt with every digit masked stay; verified rows keep their payload.
 */
abstract class RefusedBodyMigrationContract {

    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String FORGED = "{\"cardNumber\":\"4111 1111 1111 1111\",\"cvv\":\"737\",\"note\":\"\u00e9\"}";

    abstract Database database();

    @Test
    void refused_rows_stored_before_v6_keep_only_digest_length_and_a_masked_excerpt() throws SQLException {
        if (database() == Database.POSTGRESQL) {
            Assumptions.assumeTrue(Database.postgresUnavailable().isEmpty(), () -> "PostgreSQL at 127.0.0.1:5432 "
                    + "not reachable: " + Database.postgresUnavailable().orElse(""));
        }
        Database.Isolated place = database().isolate("RefusedBodyMigration");
        try {
            place.flyway(MigrationVersion.fromVersion("5")).migrate();
            try (Connection c = place.connect()) {
                insert(c, "rejected:sha256:" + DIGEST, FORGED, "signature-mismatch: the sign does not match");
                insert(c, "sha256:" + DIGEST.replace('9', '8'), "{\"merchantId\":\"99\",\"remark\":\"5500000000000004\"}",
                        "merchantId 99 is not this merchant's");
                insert(c, "legacy-key", "x".repeat(300) + "4111111111111111", "unsigned");
                insert(c, "sha256:" + DIGEST, "{\"orderId\":\"2209141130105863014\"}", null);
            }

            place.flyway(MigrationVersion.LATEST).migrate();

            try (Connection c = place.connect()) {
                assertThat(row(c, "rejected:sha256:" + DIGEST)).containsEntry("payload", null)
                        .containsEntry("body_sha256", DIGEST)
                        .containsEntry("body_length", 60L)
                        .containsEntry("body_excerpt", "{\"cardNumber\":\"**** **** **** ****\",\"cvv\":\"***\",\"note\":\"\u00e9\"}")
                        .containsEntry("rejection_reason", "signature-mismatch: the sign does not match");
                assertThat(row(c, "sha256:" + DIGEST.replace('9', '8'))).containsEntry("payload", null)
                        .containsEntry("body_sha256", DIGEST.replace('9', '8'))
                        .containsEntry("body_excerpt", "{\"merchantId\":\"**\",\"remark\":\"****************\"}");
                assertThat(row(c, "legacy-key")).containsEntry("payload", null).containsEntry("body_sha256", null)
                        .containsEntry("body_length", 316L)
                        .containsEntry("body_excerpt", "x".repeat(256));
                assertThat(row(c, "sha256:" + DIGEST)).containsEntry("payload", "{\"orderId\":\"2209141130105863014\"}")
                        .containsEntry("body_sha256", null).containsEntry("body_length", null)
                        .containsEntry("body_excerpt", null);
                assertThat(CardDataScanner.findCardData(c)).isEmpty();
            }
        } finally {
            place.drop();
        }
    }

    private static void insert(Connection c, String key, String payload, String rejection) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook_inbox (dedupe_key, payload, verified,"
                + " rejection_reason, state, received_at, failure_count) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
            ps.setString(1, key);
            ps.setString(2, payload);
            ps.setBoolean(3, rejection == null);
            ps.setString(4, rejection);
            ps.setString(5, rejection == null ? "PROCESSED" : "REJECTED");
            ps.setTimestamp(6, Timestamp.from(Instant.parse("2026-03-10T08:00:00Z")));
            ps.executeUpdate();
        }
    }

    private static Map<String, Object> row(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT payload, body_sha256, body_length, body_excerpt,"
                + " rejection_reason FROM webhook_inbox WHERE dedupe_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as(key).isTrue();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("payload", rs.getString("payload"));
                row.put("body_sha256", rs.getString("body_sha256"));
                long length = rs.getLong("body_length");
                row.put("body_length", rs.wasNull() ? null : length);
                row.put("body_excerpt", rs.getString("body_excerpt"));
                row.put("rejection_reason", rs.getString("rejection_reason"));
                return row;
            }
        }
    }
}
