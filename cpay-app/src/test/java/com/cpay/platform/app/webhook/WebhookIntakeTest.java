package com.cpay.platform.app.webhook;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.app.support.Webhooks;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.api.OrdersApi;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderKind;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.client.internal.model.ReportOutcome;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /cpay/webhooks: verified notifications are stored, then applied, and answered OK; forged, unsigned or
 * unreadable ones are answered FAIL, recorded as rejected, and change nothing. The simulator's own lifecycle is
 * paused so that only the notifications sent here move the orders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookIntakeTest {

    private TestApp app;
    private Http http;
    private OrdersApi orders;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("cpay.sandbox.lifecycle.auto-advance", "false"));
        http = new Http(app.url());
        orders = new OrdersApi(app.client());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private Order newDeposit() throws Exception {
        return new DepositsApi(app.client()).createDeposit(UUID.randomUUID().toString(),
                new CreateDepositRequest().userId("wh-user").cryptoCurrency("USDT").amount("10"));
    }

    private HttpResponse<String> json(String body) {
        return http.post("/cpay/webhooks", body, "Content-Type", "application/json");
    }

    @Test
    void a_verified_notification_is_applied_and_answered_ok() throws Exception {
        Order order = newDeposit();
        HttpResponse<String> answer = json(Webhooks.signedJson(Webhooks.notification(order.getMerchantTradeNo(),
                order.getCpayOrderId(), "14", "10"), Webhooks.KEY));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("OK");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        Order after = orders.getOrder(order.getMerchantTradeNo());
        assertThat(after.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(after.getReportedAmounts().getActualAmount()).isEqualTo("10");
        assertThat(inboxStates("sha256:%")).contains("PROCESSED");
    }

    @Test
    void a_form_encoded_notification_is_accepted_too() throws Exception {
        Order order = newDeposit();
        HttpResponse<String> answer = http.post("/cpay/webhooks", Webhooks.signedForm(Webhooks.notification(
                        order.getMerchantTradeNo(), order.getCpayOrderId(), "11", "10"), Webhooks.KEY),
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(answer.body()).isEqualTo("OK");
        assertThat(orders.getOrder(order.getMerchantTradeNo()).getStatus()).isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void a_forged_unsigned_or_malformed_notification_is_fail_recorded_and_changes_nothing() throws Exception {
        Order order = newDeposit();
        Map<String, String> completed = Webhooks.notification(order.getMerchantTradeNo(), order.getCpayOrderId(),
                "14", "10");
        String forged = Webhooks.signedJson(completed, "not-the-merchant-key");
        String unsigned = Webhooks.signedJson(completed, Webhooks.KEY).replaceAll(",\"sign\":\"[0-9a-f]+\"", "");
        String tampered = Webhooks.signedJson(completed, Webhooks.KEY).replace("\"receivedAmount\":\"10\"",
                "\"receivedAmount\":\"1000\"");
        for (String body : List.of(forged, unsigned, tampered, "{\"merchantId\":", "hello")) {
            HttpResponse<String> answer = json(body);
            assertThat(answer.body()).as(body).isEqualTo("FAIL");
            assertThat(answer.statusCode()).isEqualTo(400);
        }
        Order after = orders.getOrder(order.getMerchantTradeNo());
        assertThat(after.getStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(after.getHistory()).hasSize(order.getHistory().size());
        assertThat(inboxStates("rejected:%")).hasSizeGreaterThanOrEqualTo(5).containsOnly("REJECTED");
    }

    @Test
    void a_redelivered_notification_has_no_second_effect() throws Exception {
        Order order = newDeposit();
        String body = Webhooks.signedJson(Webhooks.notification(order.getMerchantTradeNo(), order.getCpayOrderId(),
                "11", "10"), Webhooks.KEY);
        assertThat(json(body).body()).isEqualTo("OK");
        int history = orders.getOrder(order.getMerchantTradeNo()).getHistory().size();
        assertThat(json(body).body()).isEqualTo("OK");
        assertThat(orders.getOrder(order.getMerchantTradeNo()).getHistory()).hasSize(history);
    }

    @Test
    void an_older_report_after_a_newer_one_does_not_move_the_order_back() throws Exception {
        Order order = newDeposit();
        assertThat(json(Webhooks.signedJson(Webhooks.notification(order.getMerchantTradeNo(), order.getCpayOrderId(),
                "14", "10"), Webhooks.KEY)).body()).isEqualTo("OK");
        assertThat(json(Webhooks.signedJson(Webhooks.notification(order.getMerchantTradeNo(), order.getCpayOrderId(),
                "11", "10"), Webhooks.KEY)).body()).isEqualTo("OK");
        Order after = orders.getOrder(order.getMerchantTradeNo());
        assertThat(after.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(after.getHistory().get(after.getHistory().size() - 1).getOutcome()).isEqualTo(ReportOutcome.STALE);
    }

    @Test
    void a_deposit_without_an_order_creates_its_order() throws Exception {
        Map<String, String> fields = Webhooks.notification(null, "9" + System.nanoTime(), "14", "7.5");
        fields.put("merchantUserId", "no-order-user");
        fields.put("hash", UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000");
        fields.put("network", "TRON(TRC-20)");
        assertThat(json(Webhooks.signedJson(fields, Webhooks.KEY)).body()).isEqualTo("OK");

        var page = orders.listOrders(null, null, "no-order-user", null, null, null, null, null, null, null, null);
        assertThat(page.getItems()).hasSize(1);
        Order created = page.getItems().get(0);
        assertThat(created.getKind()).isEqualTo(OrderKind.CRYPTO_DEPOSIT);
        assertThat(created.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(created.getCryptoDeposit().getHash()).isEqualTo(fields.get("hash"));
    }

    private List<String> inboxStates(String keyPattern) throws Exception {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = app.context().getBean(TransactionOperations.class);
        return tx.executeRead(status -> {
            List<String> states = new ArrayList<>();
            try (PreparedStatement s = status.getConnection().prepareStatement(
                    "SELECT state FROM webhook_inbox WHERE dedupe_key LIKE ?")) {
                s.setString(1, keyPattern);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        states.add(rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return states;
        });
    }
}
