package com.cpay.platform.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.sandbox.SandboxControl;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * docs/decisions.md, decision 25 through real HTTP against the app with the simulator embedded: a withdraw whose answer is
 * lost while getOrderDetail answers the generic code 1 is sent to C-Pay exactly once, waits with its outcome
 * unknown, and only an operator's resubmit sends it once more, under the same merchantTradeNo.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class MoneyOutResubmitEndToEndTest {

    private static final String TRON_ADDRESS = "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw";
    private final JsonMapper json = JsonMapper.createDefault();
    private TestApp app;
    private Http http;
    private SandboxControl simulator;

    @BeforeAll
    void start() {
        app = TestApp.start();
        http = new Http(app.url());
        simulator = app.simulator();
    }

    @AfterEach
    void clear() {
        simulator.clearFaults();
        simulator.autoAdvance(true);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_lost_withdraw_is_sent_once_waits_and_is_resubmitted_exactly_once_more_by_an_operator() {
        simulator.autoAdvance(false);
        String tradeNo = Orders.tradeNo("lost-wd");
        simulator.addFault(new FaultSpec("withdraw", FaultKind.DROP_CONNECTION, 1, null, null, null, null, null));
        simulator.addFault(new FaultSpec("getOrderDetail", FaultKind.ENVELOPE_ERROR, 20, null, null, null, 1L,
                "fail"));

        HttpResponse<String> created = http.postJson("/api/v1/payouts/crypto", payout(tradeNo));

        assertThat(created.statusCode()).isEqualTo(503);
        Map<String, Object> problem = read(created);
        assertThat(problem).containsEntry("outcomeUnknown", true).containsEntry("merchantTradeNo", tradeNo);
        assertThat((String) problem.get("detail")).contains("not sent again").contains("resubmit");
        assertThat(withdraws(tradeNo)).as("one request at C-Pay").isEqualTo(1);

        Map<String, Object> waiting = order(tradeNo);
        assertThat(waiting).containsEntry("status", "PENDING").containsEntry("resubmittable", true);
        assertThat((Map<String, Object>) waiting.get("outcomeUnknown")).containsKeys("since", "reason", "lookups",
                "nextLookupAt");
        assertThat(lastHistory(waiting)).containsEntry("outcome", "OUTCOME_UNKNOWN");

        // a refresh meets the generic code 1 again: no proof, so the order stays open and nothing is re-sent
        HttpResponse<String> refreshed = http.postJson("/api/v1/orders/" + tradeNo + "/refresh", "");
        assertThat(refreshed.statusCode()).isIn(200, 502);
        assertThat(order(tradeNo)).containsEntry("status", "PENDING");
        assertThat(withdraws(tradeNo)).isEqualTo(1);

        String key = UUID.randomUUID().toString();
        HttpResponse<String> resubmitted = resubmit(tradeNo, key, "C-Pay support: no payout " + tradeNo);

        assertThat(resubmitted.statusCode()).isEqualTo(200);
        assertThat(withdraws(tradeNo)).as("exactly one more").isEqualTo(2);
        Map<String, Object> after = read(resubmitted);
        // this C-Pay already had the first request and refuses the repeated merchantTradeNo: never CLOSED
        assertThat(after.get("status")).isNotEqualTo("CLOSED");
        assertThat(after).doesNotContainKey("rejection");
        List<Map<String, Object>> history = (List<Map<String, Object>>) after.get("history");
        assertThat(history).extracting(h -> h.get("outcome")).contains("OUTCOME_UNKNOWN", "RESUBMITTED");
        assertThat(history).filteredOn(h -> "RESUBMITTED".equals(h.get("outcome")))
                .singleElement().satisfies(h -> assertThat(h).containsEntry("source", "OPERATOR"));
        assertThat((List<Map<String, Object>>) after.get("reviewNotes")).extracting(n -> n.get("detail"))
                .contains("C-Pay support: no payout " + tradeNo);
        assertThat(simulator.orders().stream().filter(o -> tradeNo.equals(o.merchantTradeNo())))
                .as("at most one order at C-Pay").hasSize(1);

        HttpResponse<String> replay = resubmit(tradeNo, key, "C-Pay support: no payout " + tradeNo);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(withdraws(tradeNo)).as("a replay sends nothing").isEqualTo(2);

        // evidence settles it: the first payout completes at C-Pay and its webhook completes the order
        simulator.clearFaults();
        simulator.moveOrder(simulator.orderByTradeNo(tradeNo).orderId(), "COMPLETED");
        Map<String, Object> done = awaitStatus(tradeNo, "COMPLETED");
        assertThat(done).doesNotContainKey("outcomeUnknown").containsEntry("resubmittable", false);
    }

    @Test
    void only_an_open_money_out_order_in_review_or_unknown_can_be_resubmitted_and_a_reason_is_required() {
        String tradeNo = Orders.tradeNo("ok-wd");
        assertThat(http.postJson("/api/v1/payouts/crypto", payout(tradeNo)).statusCode()).isEqualTo(201);
        int sent = withdraws(tradeNo);

        HttpResponse<String> refused = resubmit(tradeNo, UUID.randomUUID().toString(), "just in case");
        HttpResponse<String> noReason = http.postJson("/api/v1/orders/" + tradeNo + "/resubmit", "{}");
        HttpResponse<String> unknown = resubmit("no-such-order-x", UUID.randomUUID().toString(), "x");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(withdraws(tradeNo)).isEqualTo(sent);
    }

    private HttpResponse<String> resubmit(String tradeNo, String key, String reason) {
        return http.post("/api/v1/orders/" + tradeNo + "/resubmit", "{\"reason\":\"" + reason + "\"}",
                "Authorization", Http.bearer(), "Idempotency-Key", key, "Content-Type", "application/json");
    }

    private static String payout(String tradeNo) {
        return "{\"userId\":\"2345\",\"merchantTradeNo\":\"" + tradeNo + "\",\"cryptoCurrency\":\"USDT\","
                + "\"network\":\"TRON(TRC-20)\",\"toAddress\":\"" + TRON_ADDRESS + "\",\"totalAmount\":\"10\","
                + "\"receivedAmount\":\"9\"}";
    }

    private long withdrawsCount(String tradeNo) {
        return simulator.requests().stream().filter(r -> r.operation().equals("withdraw"))
                .filter(r -> tradeNo.equals(r.parameters().get("merchantTradeNo"))).count();
    }

    private int withdraws(String tradeNo) {
        return (int) withdrawsCount(tradeNo);
    }

    private Map<String, Object> order(String tradeNo) {
        HttpResponse<String> r = http.get("/api/v1/orders/" + tradeNo, "Authorization", Http.bearer());
        assertThat(r.statusCode()).isEqualTo(200);
        return read(r);
    }

    private Map<String, Object> awaitStatus(String tradeNo, String status) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Map<String, Object> last = order(tradeNo);
        while (!status.equals(last.get("status")) && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = order(tradeNo);
        }
        assertThat(last).containsEntry("status", status);
        return last;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastHistory(Map<String, Object> order) {
        List<Map<String, Object>> history = (List<Map<String, Object>>) order.get("history");
        return history.get(history.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
