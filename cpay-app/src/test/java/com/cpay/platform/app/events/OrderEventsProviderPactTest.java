package com.cpay.platform.app.events;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.cpay.platform.app.support.CommittedPacts;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.app.support.Webhooks;
import com.cpay.platform.domain.events.EventCursor;
import com.cpay.platform.domain.events.EventType;
import com.cpay.platform.domain.events.ListEventsUseCase;
import com.cpay.platform.domain.events.OrderEvent;
import com.cpay.platform.sandbox.SandboxControl;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provider side of the events contract: every committed message of {@code contracts/pacts/events} is checked against
 * an event the app really wrote. Each provider state drives a running app (sandbox mode, real HTTP) into the
 * situation through its API, the simulator and C-Pay's webhook endpoint; the message is the payload the outbox
 * holds for that order and type, the bytes the events API, the Kafka relay and a Debezium stream hand out.
 */
@Provider(EventsContract.PROVIDER)
@PactFolder("../contracts/pacts/events")
class OrderEventsProviderPactTest {

    private static final String TRON_ADDRESS = "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger VERIFIED = new AtomicInteger();
    /** The merchantTradeNo the current interaction's provider state acted on. */
    private static final AtomicReference<String> TRADE_NO = new AtomicReference<>();

    private static TestApp app;
    private static SandboxControl simulator;
    private static Http http;

    @BeforeAll
    static void startApp() {
        app = TestApp.startForProviderStates();
        simulator = app.simulator();
        http = new Http(app.url());
    }

    @AfterAll
    static void everyCommittedMessageWasVerified() throws IOException {
        try {
            assertThat(VERIFIED.get()).as("messages verified").isEqualTo(committedMessages());
        } finally {
            app.close();
        }
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new MessageTestTarget(List.of(OrderEventsProviderPactTest.class.getPackageName())));
        simulator.clearFaults();
        TRADE_NO.set(null);
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
        context.verifyInteraction();
        VERIFIED.incrementAndGet();
    }

    // ------------------------------------------------------------------ provider states

    @State(EventsContract.DEPOSIT_CREATED)
    void depositCreated() {
        TRADE_NO.set(deposit(201));
    }

    @State(EventsContract.DEPOSIT_COMPLETED)
    void depositCompleted() {
        String tradeNo = deposit(201);
        simulator.moveOrder(simulator.orderByTradeNo(tradeNo).orderId(), "COMPLETED");
        assertThat(http.postJson("/api/v1/orders/" + tradeNo + "/refresh", "").statusCode()).isEqualTo(200);
        TRADE_NO.set(tradeNo);
    }

    @State(EventsContract.DEPOSIT_REFUSED)
    void depositRefused() {
        simulator.addFault(new FaultSpec("createOrder", FaultKind.ENVELOPE_ERROR, 1, null, null, null, 1L, "fail"));
        TRADE_NO.set(deposit(502));
    }

    @State(EventsContract.PAYOUT_LOST)
    void payoutLost() {
        TRADE_NO.set(lostPayout());
    }

    @State(EventsContract.PAYOUT_FOUND)
    void payoutFound() {
        String tradeNo = lostPayout();
        simulator.clearFaults();
        HttpResponse<String> refreshed = http.postJson("/api/v1/orders/" + tradeNo + "/refresh", "");
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        TRADE_NO.set(tradeNo);
    }

    @State(EventsContract.UNDOCUMENTED_STATUS)
    void undocumentedStatus() {
        String tradeNo = deposit(201);
        String orderId = simulator.orderByTradeNo(tradeNo).orderId();
        webhook(Webhooks.notification(tradeNo, orderId, "99", "1.5"));
        TRADE_NO.set(tradeNo);
    }

    @State(EventsContract.UNMATCHED)
    void unmatched() {
        String tradeNo = Orders.tradeNo("never-issued");
        webhook(Webhooks.notification(tradeNo, "9" + System.nanoTime(), "14", "25"));
        TRADE_NO.set(tradeNo);
    }

    // ------------------------------------------------------------------ the messages

    @PactVerifyProvider(EventsContract.CREATED)
    MessageAndMetadata created() {
        return written(EventType.ORDER_CREATED);
    }

    @PactVerifyProvider(EventsContract.UPDATED)
    MessageAndMetadata updated() {
        return written(EventType.ORDER_UPDATED);
    }

    @PactVerifyProvider(EventsContract.STATUS_CHANGED)
    MessageAndMetadata statusChanged() {
        return written(EventType.ORDER_STATUS_CHANGED);
    }

    @PactVerifyProvider(EventsContract.REJECTED)
    MessageAndMetadata rejected() {
        return written(EventType.ORDER_REJECTED);
    }

    @PactVerifyProvider(EventsContract.OUTCOME_UNKNOWN)
    MessageAndMetadata outcomeUnknown() {
        return written(EventType.ORDER_OUTCOME_UNKNOWN);
    }

    @PactVerifyProvider(EventsContract.RESOLVED)
    MessageAndMetadata resolved() {
        return written(EventType.ORDER_RESOLVED);
    }

    @PactVerifyProvider(EventsContract.REVIEW_FLAGGED)
    MessageAndMetadata reviewFlagged() {
        return written(EventType.ORDER_REVIEW_FLAGGED);
    }

    @PactVerifyProvider(EventsContract.NOTIFICATION_UNMATCHED)
    MessageAndMetadata notificationUnmatched() {
        return written(EventType.NOTIFICATION_UNMATCHED);
    }

    // ------------------------------------------------------------------ driving the app

    private static String deposit(int expectedStatus) {
        String tradeNo = Orders.tradeNo("ev-dep");
        HttpResponse<String> answer = http.postJson("/api/v1/deposits", "{\"userId\":\"events-pact\",\"merchantTradeNo\":\""
                + tradeNo + "\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1.5\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expectedStatus);
        return tradeNo;
    }

    /** A crypto payout C-Pay took but whose answer was lost, with C-Pay's lookups failing meanwhile. */
    private static String lostPayout() {
        String tradeNo = Orders.tradeNo("ev-wd");
        simulator.addFault(new FaultSpec("withdraw", FaultKind.DROP_CONNECTION, 1, null, null, null, null, null));
        simulator.addFault(new FaultSpec("getOrderDetail", FaultKind.ENVELOPE_ERROR, 20, null, null, null, 1L,
                "fail"));
        HttpResponse<String> answer = http.postJson("/api/v1/payouts/crypto", "{\"userId\":\"events-pact\","
                + "\"merchantTradeNo\":\"" + tradeNo + "\",\"cryptoCurrency\":\"USDT\",\"network\":\"TRON(TRC-20)\","
                + "\"toAddress\":\"" + TRON_ADDRESS + "\",\"totalAmount\":\"10\",\"receivedAmount\":\"9\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        return tradeNo;
    }

    private static void webhook(Map<String, String> fields) {
        HttpResponse<String> answer = http.post("/cpay/webhooks", Webhooks.signedJson(fields, Webhooks.KEY),
                "Content-Type", "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** The payload the outbox holds for the state's order and this type (its newest such event). */
    private static MessageAndMetadata written(EventType type) {
        String tradeNo = TRADE_NO.get();
        assertThat(tradeNo).as("a provider state ran").isNotNull();
        ListEventsUseCase events = app.context().getBean(ListEventsUseCase.class);
        OrderEvent found = null;
        EventCursor after = EventCursor.START;
        ListEventsUseCase.Page page;
        do {
            page = events.list(new ListEventsUseCase.Query(after, Set.of(type), ListEventsUseCase.Query.MAX_LIMIT));
            for (OrderEvent event : page.events()) {
                if (tradeNo.equals(merchantTradeNo(event))) {
                    found = event;
                }
            }
            after = page.next();
        } while (page.hasMore());
        assertThat(found).as("a %s event of %s in the outbox", type.wireName(), tradeNo).isNotNull();
        return new MessageAndMetadata(found.payload().getBytes(StandardCharsets.UTF_8),
                Map.of("contentType", "application/json"));
    }

    private static String merchantTradeNo(OrderEvent event) {
        try {
            JsonNode payload = JSON.readTree(event.payload());
            return payload.path("merchantTradeNo").asText(null);
        } catch (IOException e) {
            throw new AssertionError("event " + event.id() + " is not JSON", e);
        }
    }

    private static int committedMessages() throws IOException {
        return CommittedPacts.interactions(EventsContract.COMMITTED_PACTS, EventsContract.PROVIDER);
    }
}
