package com.cpay.platform.app.security;

import com.cpay.platform.app.support.CardPayments;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.LogCapture;
import com.cpay.platform.app.support.TestApp;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A direct card payment passes the card through to C-Pay (the simulator) and nowhere else: not in the answer, not
 * in a problem, not in the stored idempotent response, not in the database, not in the logs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardDataTest {

    private static final String PAN = "4111111111111111";
    private static final String CVV = "737";
    private TestApp app;
    private Http http;

    @BeforeAll
    void start() {
        app = TestApp.start();
        http = new Http(app.url());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private static String payment(String pan, String expDate) {
        return CardPayments.body(pan, CVV, expDate, "19.011", "");
    }

    @Test
    void the_card_goes_to_cpay_and_only_the_masked_number_comes_back() throws Exception {
        try (LogCapture logs = new LogCapture()) {
            HttpResponse<String> paid = http.postJson("/api/v1/card-payments", payment(PAN, "12/39"));
            HttpResponse<String> expired = http.postJson("/api/v1/card-payments", payment(PAN, "01/20"));
            HttpResponse<String> wrongDigit = http.postJson("/api/v1/card-payments",
                    payment("4111111111111112", "12/39"));
            HttpResponse<String> declined = http.postJson("/api/v1/card-payments",
                    payment("4000000000000002", "12/39"));
            HttpResponse<String> badCvv = http.postJson("/api/v1/card-payments",
                    payment(PAN, "12/39").replace("\"cvv\":\"" + CVV + "\"", "\"cvv\":\"73x\""));

            assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
            assertThat(paid.body()).contains("\"maskedCardNumber\":\"411111******1111\"")
                    .contains("\"chargedAmount\":\"19.01\"").contains("\"roundedOff\":\"0.001\"");
            assertThat(expired.statusCode()).isEqualTo(422);
            assertThat(expired.body()).contains("\"field\":\"card.expDate\"").contains("\"rule\":\"expired\"");
            assertThat(wrongDigit.statusCode()).isEqualTo(422);
            assertThat(wrongDigit.body()).contains("\"field\":\"card.cardNumber\"").contains("\"rule\":\"luhn\"");
            assertThat(declined.statusCode()).isEqualTo(502);
            assertThat(declined.body()).contains("\"cpayCode\":90751015");
            HttpResponse<String> declinedOrder = http.get("/api/v1/orders/" + merchantTradeNo(declined),
                    "Authorization", Http.bearer());
            assertThat(declinedOrder.statusCode()).as(declinedOrder.body()).isEqualTo(200);
            Map<String, Object> order = json(declinedOrder);
            assertThat(order).containsEntry("status", "CLOSED");
            assertThat(order.get("rejection")).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry("cpayCode", 90751015).containsEntry("cpayMsg", "pay fail")
                    .containsKeys("traceId", "at");
            assertThat(badCvv.statusCode()).isEqualTo(400);
            assertThat(badCvv.body()).contains("\"field\":\"card.cvv\"");
            for (HttpResponse<String> r : List.of(paid, expired, wrongDigit, declined, declinedOrder, badCvv)) {
                assertThat(r.body()).doesNotContain(PAN).doesNotContain("4111111111111112")
                        .doesNotContain("4000000000000002").doesNotContain(CVV).doesNotContain("73x");
            }
            assertThat(logs.text()).doesNotContain(PAN).doesNotContain("4000000000000002")
                    .doesNotContain("cvv\":\"" + CVV);
        }
        assertThat(databaseText()).noneMatch(text -> text.contains(PAN) || text.contains("4000000000000002"));
    }

    private static String merchantTradeNo(HttpResponse<String> problem) throws IOException {
        Object tradeNo = json(problem).get("merchantTradeNo");
        assertThat(tradeNo).as(problem.body()).isInstanceOf(String.class);
        return (String) tradeNo;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) throws IOException {
        return JsonMapper.createDefault().readValue(response.body(), Map.class);
    }

    private List<String> databaseText() {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = app.context().getBean(TransactionOperations.class);
        return tx.executeRead(status -> {
            List<String> found = new ArrayList<>();
            try (Statement s = status.getConnection().createStatement()) {
                for (String query : List.of("SELECT CAST(response_body AS VARCHAR) FROM idempotency_records",
                        "SELECT masked_pan FROM orders", "SELECT rejection_msg FROM orders", "SELECT payload FROM webhook_inbox")) {
                    try (ResultSet rows = s.executeQuery(query)) {
                        while (rows.next()) {
                            found.add(String.valueOf(rows.getString(1)));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return found;
        });
    }
}
