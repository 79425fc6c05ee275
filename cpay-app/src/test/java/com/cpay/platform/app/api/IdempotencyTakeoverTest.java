package com.cpay.platform.app.api;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a retry finds after the first call with its Idempotency-Key died (kill -9 while it ran: the record stays in
 * flight, its lease runs out) or ended in a server error. The dead call is reproduced by what it leaves in the
 * database: an in-flight record whose owner no longer renews its lease.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyTakeoverTest {

    private static final String SECOND_TOKEN = "second-client-token-0123456789";
    private static final String TRON_ADDRESS = "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw";

    private final JsonMapper json = JsonMapper.createDefault();
    private TestApp app;
    private Http http;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("cpay.api-tokens", TestApp.TOKEN + "," + SECOND_TOKEN,
                "cpay.idempotency.lease", "2s"));
        http = new Http(app.url());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @AfterEach
    void clearFaults() {
        app.simulator().clearFaults();
    }

    @Test
    void a_retry_after_the_first_call_died_once_cpay_answered_gets_the_order_and_nothing_is_sent_again()
            throws Exception {
        String key = UUID.randomUUID().toString();
        String body = deposit(null);
        HttpResponse<String> first = http.postJson("/api/v1/deposits", body, "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);
        String tradeNo = field(first, "merchantTradeNo");
        dieWhileRunning(key, Instant.now().minusSeconds(1));

        HttpResponse<String> retry = http.postJson("/api/v1/deposits", body, "Idempotency-Key", key);

        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("false");
        assertThat(field(retry, "merchantTradeNo")).isEqualTo(tradeNo);
        assertThat(createOrders(tradeNo)).as("createOrder requests at C-Pay").isEqualTo(1);
        HttpResponse<String> again = http.postJson("/api/v1/deposits", body, "Idempotency-Key", key);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).as("stored once taken over").contains("true");
    }

    @Test
    void a_retry_while_the_first_call_still_holds_its_lease_is_409() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = deposit(null);
        assertThat(http.postJson("/api/v1/deposits", body, "Idempotency-Key", key).statusCode()).isEqualTo(201);
        dieWhileRunning(key, Instant.now().plusSeconds(60));

        HttpResponse<String> retry = http.postJson("/api/v1/deposits", body, "Idempotency-Key", key);

        assertThat(retry.statusCode()).isEqualTo(409);
        assertThat(retry.body()).contains("idempotency-key-in-use");
    }

    @Test
    void a_retry_after_the_first_call_died_before_its_order_existed_creates_it_under_the_recorded_number()
            throws Exception {
        String key = UUID.randomUUID().toString();
        String body = deposit(null);
        app.simulator().addFault(new FaultSpec("createOrder", FaultKind.HTTP_ERROR, 1, null, null, 502, null, null));
        HttpResponse<String> first = http.postJson("/api/v1/deposits", body, "Idempotency-Key", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(503);
        String tradeNo = field(first, "merchantTradeNo");
        // as if the process had died after recording the key and before storing the order
        forgetOrder(tradeNo);
        dieWhileRunning(key, Instant.now().minusSeconds(1));

        HttpResponse<String> retry = http.postJson("/api/v1/deposits", body, "Idempotency-Key", key);

        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(field(retry, "merchantTradeNo")).as("the number claimed with the key").isEqualTo(tradeNo);
    }

    @Test
    void a_server_error_is_never_replayed_and_a_lost_payout_is_never_sent_again() throws Exception {
        String key = UUID.randomUUID().toString();
        String tradeNo = "takeover-wd-" + key.substring(0, 8);
        app.simulator().autoAdvance(false);
        try {
            loseWithdrawAnswer();
            HttpResponse<String> first = http.postJson("/api/v1/payouts/crypto", payout(tradeNo),
                    "Idempotency-Key", key);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(503);

            HttpResponse<String> retry = http.postJson("/api/v1/payouts/crypto", payout(tradeNo),
                    "Idempotency-Key", key);

            // read from the order as it is now: still unknown, or settled by C-Pay's webhook in the meantime
            assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("false");
            if (retry.statusCode() == 503) {
                assertThat(retry.body()).contains("\"outcomeUnknown\":true").contains(tradeNo);
            } else {
                assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
                assertThat(field(retry, "merchantTradeNo")).isEqualTo(tradeNo);
            }
            assertThat(withdrawsAtCpay(tradeNo)).as("withdraw requests at C-Pay").isEqualTo(1);
        } finally {
            app.simulator().autoAdvance(true);
        }
    }

    @Test
    void a_payout_whose_call_died_before_its_answer_was_recorded_is_marked_outcome_unknown_by_the_retry()
            throws Exception {
        String key = UUID.randomUUID().toString();
        String tradeNo = "takeover-died-" + key.substring(0, 8);
        app.simulator().autoAdvance(false);
        try {
            loseWithdrawAnswer();
            assertThat(http.postJson("/api/v1/payouts/crypto", payout(tradeNo), "Idempotency-Key", key)
                    .statusCode()).isEqualTo(503);
            // as if the process had died during the withdraw call: the order recorded, nothing of its answer
            forgetOutcome(tradeNo);
            dieWhileRunning(key, Instant.now().minusSeconds(1));
            assertThat(orderView(tradeNo)).doesNotContain("\"outcomeUnknown\":{");

            HttpResponse<String> retry = http.postJson("/api/v1/payouts/crypto", payout(tradeNo),
                    "Idempotency-Key", key);

            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(503);
            assertThat(retry.body()).contains("\"outcomeUnknown\":true");
            assertThat(orderView(tradeNo)).as("the order says so too, without waiting "
                    + "for reconciliation's grace period").contains("\"outcomeUnknown\":{");
            assertThat(withdrawsAtCpay(tradeNo)).as("withdraw requests at C-Pay").isEqualTo(1);
        } finally {
            app.simulator().autoAdvance(true);
        }
    }

    @Test
    void two_clients_may_use_the_same_key() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = http.postJson("/api/v1/deposits", deposit(null), "Idempotency-Key", key);
        HttpResponse<String> other = http.postJson("/api/v1/deposits", deposit("other-client"),
                "Idempotency-Key", key, "Authorization", "Bearer " + SECOND_TOKEN);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(other.statusCode()).as("not 422 idempotency-key-reused").isEqualTo(201);
        assertThat(field(other, "merchantTradeNo")).isNotEqualTo(field(first, "merchantTradeNo"));
        assertThat(connectionString()).doesNotContain(SECOND_TOKEN);
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM idempotency_records WHERE client_id LIKE 'token-%' AND idempotency_key LIKE ?")) {
            q.setString(1, "%|" + key);
            var rows = q.executeQuery();
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2);
        }
    }

    private String connectionString() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = connect(); var rows = c.createStatement().executeQuery(
                "SELECT idempotency_key, client_id, owner FROM idempotency_records")) {
            while (rows.next()) {
                all.append(rows.getString(1)).append(rows.getString(2)).append(rows.getString(3));
            }
        }
        return all.toString();
    }

    /** Leaves the key's record as a call that died while running leaves it: in flight, owned by a dead owner. */
    private void dieWhileRunning(String key, Instant leaseUntil) throws SQLException {
        try (Connection c = connect(); PreparedStatement update = c.prepareStatement(
                "UPDATE idempotency_records SET state = 'IN_FLIGHT', owner = 'dead-instance/1', lease_until = ?,"
                        + " response_status = NULL, response_content_type = NULL, response_body = NULL,"
                        + " completed_at = NULL WHERE idempotency_key LIKE ?")) {
            update.setTimestamp(1, Timestamp.from(leaseUntil));
            update.setString(2, "token-%|" + key);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** withdraw's answer is lost, and the lookups after it find nothing conclusive (code 1 is only "fail"). */
    private void loseWithdrawAnswer() {
        app.simulator().addFault(new FaultSpec("withdraw", FaultKind.DROP_CONNECTION, 1, null, null, null, null,
                null));
        app.simulator().addFault(new FaultSpec("getOrderDetail", FaultKind.ENVELOPE_ERROR, 20, null, null, null,
                1L, "fail"));
    }

    private long withdrawsAtCpay(String tradeNo) {
        return app.simulator().requests().stream().filter(r -> r.operation().equals("withdraw"))
                .filter(r -> tradeNo.equals(r.parameters().get("merchantTradeNo"))).count();
    }

    private String orderView(String tradeNo) throws Exception {
        return http.get("/api/v1/orders/" + tradeNo, "Authorization", "Bearer " + TestApp.TOKEN).body();
    }

    private void forgetOutcome(String tradeNo) throws SQLException {
        try (Connection c = connect(); PreparedStatement update = c.prepareStatement(
                "UPDATE orders SET outcome_unknown_since = NULL, outcome_unknown_reason = NULL, lookup_attempts = NULL,"
                        + " next_lookup_at = NULL WHERE merchant_trade_no = ?")) {
            update.setString(1, tradeNo);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private void forgetOrder(String tradeNo) throws SQLException {
        try (Connection c = connect()) {
            for (String table : new String[] {"order_status_history", "order_review_notes"}) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table
                        + " WHERE order_id IN (SELECT id FROM orders WHERE merchant_trade_no = ?)")) {
                    delete.setString(1, tradeNo);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM orders WHERE merchant_trade_no = ?")) {
                delete.setString(1, tradeNo);
                assertThat(delete.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(app.context().getProperty("datasources.default.url", String.class)
                .orElseThrow(), "sa", "");
    }

    private long createOrders(String tradeNo) {
        return app.simulator().requests().stream().filter(r -> r.operation().equals("createOrder"))
                .filter(r -> tradeNo.equals(r.parameters().get("merchantTradeNo"))).count();
    }

    private String field(HttpResponse<String> response, String name) throws IOException {
        return String.valueOf(json.readValue(response.body(), Map.class).get(name));
    }

    private static String deposit(String user) {
        return "{\"userId\":\"" + (user == null ? "takeover-user" : user) + "\",\"cryptoCurrency\":\"USDT\","
                + "\"amount\":\"3\"}";
    }

    private static String payout(String tradeNo) {
        return "{\"userId\":\"2345\",\"merchantTradeNo\":\"" + tradeNo + "\",\"cryptoCurrency\":\"USDT\","
                + "\"network\":\"TRON(TRC-20)\",\"toAddress\":\"" + TRON_ADDRESS + "\",\"totalAmount\":\"10\","
                + "\"receivedAmount\":\"9\"}";
    }
}
