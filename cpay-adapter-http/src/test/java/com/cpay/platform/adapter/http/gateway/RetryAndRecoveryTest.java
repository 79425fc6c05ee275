package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.gateway.CpayCallException.Kind;
import com.cpay.platform.adapter.http.support.CpayTestContext;
import com.cpay.platform.adapter.http.support.RecordingServer;
import com.cpay.platform.adapter.http.support.RecordingServer.Received;
import com.cpay.platform.adapter.http.support.RecordingServer.Reply;
import com.cpay.platform.domain.deposit.CpayDepositGateway;
import com.cpay.platform.domain.deposit.CreatedDeposit;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * GETs are retried with backoff (bounded); POSTs are never re-sent blindly: after a lost answer the order is
 * looked up by merchantTradeNo and the POST is re-sent once only when C-Pay has no such order.
 */
class RetryAndRecoveryTest extends GatewayTestBase {

    private static final String OK_BALANCE = "{\"code\":0,\"msg\":\"success\",\"data\":[]}";
    private static final String NO_SUCH_ORDER = "{\"code\":1,\"msg\":\"order not exist\"}";

    @Override
    protected Map<String, Object> properties() {
        return Map.of("cpay.http.read-timeout", "700ms");
    }

    @Test
    void a_query_is_retried_after_server_errors_and_a_dropped_connection() {
        AtomicInteger calls = new AtomicInteger();
        server.answerWith(r -> switch (calls.incrementAndGet()) {
            case 1 -> new Reply(503, "text/html", "<html>busy</html>");
            case 2 -> Reply.drop();
            default -> Reply.json(OK_BALANCE);
        });

        assertThat(ports.account().balances()).isEmpty();
        assertThat(server.received("getMerchantBalance")).hasSize(3);
    }

    @Test
    void a_query_gives_up_after_the_configured_number_of_attempts() {
        server.answerWith(r -> new Reply(503, "text/plain", "busy"));

        GatewayUnavailableException e = catchThrowableOfType(() -> ports.account().balances(),
                GatewayUnavailableException.class);

        assertThat(((CpayCallException) e.getCause()).kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.getMessage()).contains("after 3 attempts");
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(server.received()).hasSize(3);
    }

    @Test
    void a_query_is_not_retried_after_a_client_error_or_a_rejection() {
        server.answerWith(r -> new Reply(400, "text/plain", "bad"));
        catchThrowableOfType(() -> ports.account().balances(), GatewayUnavailableException.class);
        assertThat(server.received()).hasSize(1);

        server.reset();
        server.answerWith(r -> Reply.json("{\"code\":1,\"msg\":\"fail\"}"));
        catchThrowableOfType(() -> ports.account().balances(), GatewayRejectedException.class);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void a_post_is_never_re_sent_after_a_server_error() {
        server.answerWith(r -> new Reply(503, "text/plain", "busy"));

        GatewayUnavailableException e = catchThrowableOfType(
                () -> Fixtures.deposit("r-503").sendTo(ports.deposits()), GatewayUnavailableException.class);

        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(server.received()).extracting(Received::operation).containsExactly("createOrder");
    }

    @Test
    void a_post_whose_connection_drops_is_answered_by_the_order_cpay_already_has() {
        server.answerWith(r -> r.method().equals("POST") ? Reply.drop() : Reply.json(found("r-drop", "R-1")));

        CreatedDeposit created = Fixtures.deposit("r-drop").sendTo(ports.deposits());

        assertThat(created.cpayOrderId()).isEqualTo(new CpayOrderId("R-1"));
        assertThat(created.cashierUrl()).as("only the lost answer had it").isEmpty();
        assertThat(server.received("createOrder")).as("exactly one POST reached the server").hasSize(1);
        List<Received> lookups = server.received("getOrderDetail");
        assertThat(lookups).hasSize(1);
        assertThat(lookups.get(0).decodedParameters()).containsEntry("merchantTradeNo", "r-drop");
        assertThat(lookups.get(0).signatureValid()).isTrue();
    }

    @Test
    void a_post_that_times_out_is_looked_up_too() {
        server.answerWith(r -> r.method().equals("POST")
                ? Reply.json("{\"code\":0}").after(Duration.ofMillis(1500)) : Reply.json(found("r-slow", "R-2")));

        CreatedDeposit created = Fixtures.deposit("r-slow").sendTo(ports.deposits());

        assertThat(created.cpayOrderId()).isEqualTo(new CpayOrderId("R-2"));
        assertThat(server.received("createOrder")).hasSize(1);
    }

    @ParameterizedTest(name = "no such order: {0}")
    @ValueSource(strings = {NO_SUCH_ORDER, "{\"code\":0,\"msg\":\"success\"}", "{\"code\":0,\"data\":{}}",
            "{\"code\":0,\"data\":{\"orderId\":\"\",\"status\":\"\"}}"})
    void a_post_is_sent_once_more_when_cpay_has_no_such_order(String lookupAnswer) {
        AtomicInteger posts = new AtomicInteger();
        server.answerWith(r -> {
            if (r.method().equals("GET")) {
                return Reply.json(lookupAnswer);
            }
            return posts.incrementAndGet() == 1 ? Reply.drop()
                    : Reply.json("{\"code\":0,\"data\":{\"orderId\":\"R-3\",\"cashierURL\":\"https://pay\"}}");
        });

        CreatedDeposit created = Fixtures.deposit("r-resend").sendTo(ports.deposits());

        assertThat(created.cpayOrderId()).isEqualTo(new CpayOrderId("R-3"));
        assertThat(created.cashierUrl()).contains("https://pay");
        List<Received> sent = server.received("createOrder");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).bodyText()).as("the same signed request").isEqualTo(sent.get(0).bodyText());
        assertThat(server.received("getOrderDetail")).hasSize(1);
    }

    @Test
    void when_the_lookup_fails_the_outcome_is_unknown_and_nothing_is_re_sent() {
        server.answerWith(r -> r.method().equals("POST") ? Reply.drop() : new Reply(500, "text/plain", "down"));

        GatewayUnavailableException e = catchThrowableOfType(
                () -> Fixtures.deposit("r-blind").sendTo(ports.deposits()), GatewayUnavailableException.class);

        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.getMessage()).contains("outcome unknown").contains("r-blind");
        assertThat(((CpayCallException) e.getCause()).kind()).isEqualTo(Kind.CONNECTION_LOST);
        assertThat(server.received("createOrder")).hasSize(1);
        assertThat(server.received("getOrderDetail")).as("the lookup itself is a retried GET").hasSize(3);
    }

    @Test
    void a_refused_re_send_is_checked_once_more_because_the_first_request_may_have_landed_late() {
        AtomicInteger posts = new AtomicInteger();
        AtomicInteger lookups = new AtomicInteger();
        server.answerWith(r -> {
            if (r.method().equals("GET")) {
                return Reply.json(lookups.incrementAndGet() == 1 ? NO_SUCH_ORDER : found("r-late", "R-4"));
            }
            return posts.incrementAndGet() == 1 ? Reply.drop() : Reply.json("{\"code\":7,\"msg\":\"duplicate\"}");
        });

        assertThat(Fixtures.deposit("r-late").sendTo(ports.deposits()).cpayOrderId())
                .isEqualTo(new CpayOrderId("R-4"));
        assertThat(server.received("createOrder")).hasSize(2);
        assertThat(server.received("getOrderDetail")).hasSize(2);
    }

    @Test
    void a_refused_re_send_with_still_no_order_is_a_rejection() {
        AtomicInteger posts = new AtomicInteger();
        server.answerWith(r -> r.method().equals("GET") ? Reply.json(NO_SUCH_ORDER)
                : posts.incrementAndGet() == 1 ? Reply.drop() : Reply.json("{\"code\":7,\"msg\":\"no balance\"}"));

        GatewayRejectedException refused = catchThrowableOfType(
                () -> Fixtures.deposit("r-no").sendTo(ports.deposits()), GatewayRejectedException.class);

        assertThat(refused.code()).isEqualTo(7L);
    }

    @Test
    void a_lost_re_send_leaves_the_outcome_unknown_without_a_third_try() {
        server.answerWith(r -> r.method().equals("GET") ? Reply.json(NO_SUCH_ORDER) : Reply.drop());

        GatewayUnavailableException e = catchThrowableOfType(
                () -> Fixtures.deposit("r-twice").sendTo(ports.deposits()), GatewayUnavailableException.class);

        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(server.received("createOrder")).hasSize(2);
    }

    @Test
    void an_answer_for_another_order_is_not_taken_for_ours() {
        server.answerWith(r -> r.method().equals("POST") ? Reply.drop() : Reply.json(found("someone-else", "R-5")));

        GatewayUnavailableException e = catchThrowableOfType(
                () -> Fixtures.deposit("r-mine").sendTo(ports.deposits()), GatewayUnavailableException.class);

        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(server.received("createOrder")).hasSize(1);
    }

    @TestFactory
    Stream<DynamicTest> every_post_with_a_merchantTradeNo_recovers_from_a_dropped_connection() {
        Map<String, Function<Ports, Object>> posts = Map.of(
                "withdraw", p -> Fixtures.cryptoPayout("w-1").sendTo(p.payouts()),
                "createFiatPayoutOrder", p -> Fixtures.pixPayout("f-1").sendTo(p.payouts()),
                "pwpp", p -> Fixtures.directCard("p-1").sendTo(p.cards()),
                "createOrderByCreditCard", p -> Fixtures.hostedCard("h-1").sendTo(p.cards()));
        return posts.entrySet().stream().map(op -> DynamicTest.dynamicTest(op.getKey(), () -> {
            server.reset();
            server.answerWith(r -> r.method().equals("POST") ? Reply.drop() : Reply.json(found(null, "R-9")));

            assertThat(op.getValue().apply(ports).toString()).contains("R-9");
            assertThat(server.received(op.getKey())).hasSize(1);
            assertThat(server.received("getOrderDetail")).hasSize(1);
        }));
    }

    @TestFactory
    Stream<DynamicTest> a_money_out_post_is_never_re_sent_when_the_lookup_finds_nothing() {
        // docs/decisions.md, decision 25: code 1 from getOrderDetail is the generic "fail", no proof the payout was lost
        Map<String, Function<Ports, Object>> moneyOut = Map.of(
                "withdraw", p -> Fixtures.cryptoPayout("w-2").sendTo(p.payouts()),
                "createFiatPayoutOrder", p -> Fixtures.pixPayout("f-2").sendTo(p.payouts()),
                "pwpp", p -> Fixtures.directCard("p-2").sendTo(p.cards()),
                "exchange", p -> p.exchanges().exchange(Fixtures.exchange("x-2")));
        return moneyOut.entrySet().stream().flatMap(op -> Stream.of(NO_SUCH_ORDER, "{\"code\":0,\"data\":{}}")
                .map(lookupAnswer -> DynamicTest.dynamicTest(op.getKey() + " / lookup " + lookupAnswer, () -> {
                    server.reset();
                    server.answerWith(r -> r.method().equals("POST") ? Reply.drop() : Reply.json(lookupAnswer));

                    GatewayUnavailableException e = catchThrowableOfType(() -> op.getValue().apply(ports),
                            GatewayUnavailableException.class);

                    assertThat(e.outcomeUnknown()).isTrue();
                    assertThat(e.getMessage()).contains("never re-sent automatically").contains("outcome unknown");
                    assertThat(server.received(op.getKey())).as("exactly one request at C-Pay").hasSize(1);
                    assertThat(server.received("getOrderDetail")).hasSize(1);
                })));
    }

    @Test
    void an_exchange_whose_answer_was_lost_cannot_be_rebuilt_and_stays_unknown() {
        server.answerWith(r -> r.method().equals("POST") ? Reply.drop() : Reply.json(found("x-1", "R-6")));

        GatewayUnavailableException e = catchThrowableOfType(
                () -> ports.exchanges().exchange(Fixtures.exchange("x-1")), GatewayUnavailableException.class);

        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.getMessage()).contains("R-6");
        assertThat(server.received("exchange")).hasSize(1);
    }

    @Test
    void a_kyc_submission_has_nothing_to_look_up_and_is_not_re_sent() {
        server.answerWith(r -> Reply.drop());

        GatewayUnavailableException e = catchThrowableOfType(() -> ports.kyc().submit(Fixtures.kycBatch()),
                GatewayUnavailableException.class);

        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(server.received()).extracting(Received::operation).containsExactly("submitKYC");
    }

    @Test
    void a_refused_connection_is_known_not_to_have_reached_cpay() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (RecordingServer unused = new RecordingServer();
             ApplicationContext context = CpayTestContext.start(unused,
                     Map.of("cpay.base-url", "http://127.0.0.1:" + closedPort))) {
            GatewayUnavailableException e = catchThrowableOfType(
                    () -> Fixtures.deposit("r-refused").sendTo(context.getBean(CpayDepositGateway.class)),
                    GatewayUnavailableException.class);
            assertThat(((CpayCallException) e.getCause()).kind()).isEqualTo(Kind.NOT_CONNECTED);
            assertThat(e.outcomeUnknown()).isFalse();
        }
    }

    private static String found(String tradeNo, String orderId) {
        return "{\"code\":0,\"msg\":\"success\",\"data\":{\"orderId\":\"" + orderId + "\",\"status\":\"0\","
                + (tradeNo == null ? "" : "\"merchantTradeNo\":\"" + tradeNo + "\",")
                + "\"receivedAmount\":\"0\",\"fee\":\"0\",\"createTime\":1663155010000}}";
    }
}
