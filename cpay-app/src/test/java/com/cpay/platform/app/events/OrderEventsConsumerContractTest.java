package com.cpay.platform.app.events;

import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.model.Event;
import com.cpay.platform.client.internal.model.EventSource;
import com.cpay.platform.client.internal.model.EventType;
import com.cpay.platform.client.internal.model.OrderKind;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consumer side of the events contract: a merchant's system that reads our order events with the model of
 * cpay-internal-client (the generated {@link Event}), one V4 message per event type. Each message pins the envelope
 * (id, type, created, merchantTradeNo, sequence) and what a reader of that type relies on in {@code data} or
 * {@code notification}; {@link OrderEventsProviderPactTest} verifies them against the events the app really writes.
 * pact-jvm merges into an existing file, so an earlier run's file is deleted first.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = EventsContract.PROVIDER, providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
@PactDirectory("target/pacts")
class OrderEventsConsumerContractTest {

    static final String TIMESTAMP = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$";
    static final String DECIMAL = "^(0|[1-9]\\d*)(\\.\\d+)?$";
    static final String TRADE_NO = "dep-20261125-0001";

    private static final ObjectMapper JSON = ApiClient.createDefaultObjectMapper();

    @BeforeAll
    static void startFromNoPactFile() throws IOException {
        Files.deleteIfExists(EventsContract.GENERATED_PACTS.resolve(EventsContract.PACT_FILE));
    }

    // ------------------------------------------------------------------ the messages

    @Pact(consumer = EventsContract.CONSUMER)
    V4Pact created(PactBuilder builder) {
        return message(builder, EventsContract.DEPOSIT_CREATED, EventsContract.CREATED,
                envelope("order.created").object("data", depositData("PENDING")));
    }

    @Pact(consumer = EventsContract.CONSUMER)
    V4Pact updated(PactBuilder builder) {
        PactDslJsonBody data = orderData("CRYPTO_DEPOSIT", "PENDING");
        data.stringMatcher("cpayOrderId", "^\\d+$", "221116112637772768014");
        data.object("cryptoDeposit")
                .stringType("cryptoCurrency", "USDT")
                .stringMatcher("amount", DECIMAL, "3")
                .stringType("cashierUrl", "https://cashier.cpay.ltd/payment?orderId=221116112637772768014")
                .closeObject();
        return message(builder, EventsContract.DEPOSIT_CREATED, EventsContract.UPDATED,
                envelope("order.updated").object("data", data));
    }

    @Pact(consumer = EventsContract.CONSUMER)
    V4Pact statusChanged(PactBuilder builder) {
        PactDslJsonBody data = depositData("COMPLETED");
        data.object("reportedAmounts")
                .stringType("currency", "USDT")
                .stringMatcher("receivedAmount", DECIMAL, "3")
                .closeObject();
        data.minArrayLike("history", 1)
                .stringMatcher("from", "^[A-Z_]+$", "PENDING")
                .stringValue("to", "COMPLETED")
                .stringType("rawCode", "14")
                .stringMatcher("source", "^(CREATE_RESPONSE|WEBHOOK|ORDER_QUERY|SANDBOX|OPERATOR)$", "ORDER_QUERY")
                .stringValue("outcome", "APPLIED")
                .stringMatcher("at", TIMESTAMP, "2026-11-25T10:21:07Z")
                .closeObject().closeArray();
        return message(builder, EventsContract.DEPOSIT_COMPLETED, EventsContract.STATUS_CHANGED,
                envelope("order.status_changed").object("data", data));
    }

    @Pact(consumer = EventsContract.CONSUMER)
    V4Pact rejected(PactBuilder builder) {
        PactDslJsonBody data = depositData("CLOSED");
        data.object("rejection")
                .integerType("cpayCode", 1)
                .stringMatcher("at", TIMESTAMP, "2026-11-25T10:15:31Z")
                .closeObject();
        return message(builder, EventsContract.DEPOSIT_REFUSED, EventsContract.REJECTED,
                envelope("order.rejected").object("data", data));
    }

    @Pact(consumer = EventsContract.CONSUMER)
    V4Pact outcomeUnknown(PactBuilder builder) {
        PactDslJsonBody data = payoutData("PENDING");
        data.object("outcomeUnknown")
                .stringMatcher("since", TIMESTAMP, "2026-11-25T10:15:31Z")
                .stringType("reason", "C-Pay did not answer")
                .integerType("lookups", 0)
                .stringMatcher("nextLookupAt", TIMESTAMP, "2026-11-25T10:16:31Z")
                .closeObject();
        data.booleanValue("resubmittable", true);
        return message(builder, EventsContract.PAYOUT_LOST, EventsContract.OUTCOME_UNKNOWN,
                envelope("order.outcome_unknown").object("data", data));
    }

    @Pact(consumer = EventsContract.CONSUMER)
    V4Pact resolved(PactBuilder builder) {
        PactDslJsonBody data = payoutData("PENDING");
        data.stringMatcher("cpayOrderId", "^\\d+$", "221116112637772768114");
        data.booleanValue("resubmittable", false);
        return message(builder, EventsContract.PAYOUT_FOUND, EventsContract.RESOLVED,
                envelope("order.resolved").object("data", data));
    }

    @Pact(consumer = EventsContract.CONSUMER)
    V4Pact reviewFlagged(PactBuilder builder) {
        PactDslJsonBody data = depositData("PENDING");
        data.booleanValue("needsReview", true);
        data.minArrayLike("history", 1)
                .stringType("rawCode", "99")
                .stringMatcher("outcome", "^[A-Z_]+$", "UNKNOWN_STATUS")
                .closeObject().closeArray();
        return message(builder, EventsContract.UNDOCUMENTED_STATUS, EventsContract.REVIEW_FLAGGED,
                envelope("order.review_flagged").object("data", data));
    }

    @Pact(consumer = EventsContract.CONSUMER)
    V4Pact notificationUnmatched(PactBuilder builder) {
        PactDslJsonBody body = envelope("notification.unmatched");
        body.object("notification")
                .stringType("dedupeKey", "sha256:8c1f0b0e5d0c6a5a5e1c7e1f3b2f9d8a")
                .stringMatcher("receivedAt", TIMESTAMP, "2026-11-25T11:02:44Z")
                .stringType("reason", "no order has merchantTradeNo dep-x")
                .stringType("merchantTradeNo", TRADE_NO)
                .closeObject();
        return message(builder, EventsContract.UNMATCHED, EventsContract.NOTIFICATION_UNMATCHED, body);
    }

    // ------------------------------------------------------------------ what the reader makes of them

    @Test
    @PactTestFor(pactMethod = "created")
    void a_created_order_is_read_with_its_kind_status_and_amount(V4Pact pact) {
        Event event = read(pact, EventType.ORDER_CREATED);
        assertThat(event.getSequence()).isEqualTo(1L);
        assertThat(event.getData().getMerchantTradeNo()).isEqualTo(event.getMerchantTradeNo());
        assertThat(event.getData().getKind()).isEqualTo(OrderKind.CRYPTO_DEPOSIT);
        assertThat(event.getData().getStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(event.getData().getCryptoDeposit().getAmount()).matches(DECIMAL);
    }

    @Test
    @PactTestFor(pactMethod = "updated")
    void an_updated_order_carries_cpay_s_order_id_and_the_cashier_page(V4Pact pact) {
        Event event = read(pact, EventType.ORDER_UPDATED);
        assertThat(event.getData().getCpayOrderId()).isNotBlank();
        assertThat(event.getData().getCryptoDeposit().getCashierUrl()).hasScheme("https");
    }

    @Test
    @PactTestFor(pactMethod = "statusChanged")
    void a_status_change_carries_the_new_status_and_the_history_entry_that_made_it(V4Pact pact) {
        Event event = read(pact, EventType.ORDER_STATUS_CHANGED);
        assertThat(event.getData().getStatus()).isEqualTo(OrderStatus.COMPLETED);
        var last = event.getData().getHistory().get(event.getData().getHistory().size() - 1);
        assertThat(last.getTo()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(last.getSource()).isIn(EventSource.values());
        assertThat(event.getData().getReportedAmounts().getReceivedAmount()).matches(DECIMAL);
    }

    @Test
    @PactTestFor(pactMethod = "rejected")
    void a_rejection_carries_cpay_s_code(V4Pact pact) {
        Event event = read(pact, EventType.ORDER_REJECTED);
        assertThat(event.getData().getRejection().getCpayCode()).isNotNull();
        assertThat(event.getData().getStatus()).isEqualTo(OrderStatus.CLOSED);
    }

    @Test
    @PactTestFor(pactMethod = "outcomeUnknown")
    void an_unknown_outcome_says_since_when_why_and_that_it_can_be_resubmitted(V4Pact pact) {
        Event event = read(pact, EventType.ORDER_OUTCOME_UNKNOWN);
        assertThat(event.getData().getKind()).isEqualTo(OrderKind.CRYPTO_PAYOUT);
        assertThat(event.getData().getOutcomeUnknown().getReason()).isNotBlank();
        assertThat(event.getData().getOutcomeUnknown().getSince()).isNotNull();
        assertThat(event.getData().getResubmittable()).isTrue();
    }

    @Test
    @PactTestFor(pactMethod = "resolved")
    void a_resolved_order_no_longer_waits(V4Pact pact) {
        Event event = read(pact, EventType.ORDER_RESOLVED);
        assertThat(event.getData().getOutcomeUnknown()).isNull();
        assertThat(event.getData().getResubmittable()).isFalse();
        assertThat(event.getData().getCpayOrderId()).isNotBlank();
    }

    @Test
    @PactTestFor(pactMethod = "reviewFlagged")
    void a_flagged_order_says_it_needs_review_and_which_report_caused_it(V4Pact pact) {
        Event event = read(pact, EventType.ORDER_REVIEW_FLAGGED);
        assertThat(event.getData().getNeedsReview()).isTrue();
        assertThat(event.getData().getHistory()).isNotEmpty();
    }

    @Test
    @PactTestFor(pactMethod = "notificationUnmatched")
    void an_unmatched_notification_names_what_it_named(V4Pact pact) {
        Event event = read(pact, EventType.NOTIFICATION_UNMATCHED);
        assertThat(event.getData()).isNull();
        assertThat(event.getNotification().getDedupeKey()).isNotBlank();
        assertThat(event.getNotification().getMerchantTradeNo()).isEqualTo(event.getMerchantTradeNo());
        assertThat(event.getSequence()).isEqualTo(1L);
    }

    // ------------------------------------------------------------------ building blocks

    private static V4Pact message(PactBuilder builder, String state, String description, PactDslJsonBody body) {
        return builder.given(state)
                .expectsToReceiveMessageInteraction(description,
                        interaction -> interaction.withContents(contents -> contents.withContent(body)))
                .toPact();
    }

    /** What every event has. */
    private static PactDslJsonBody envelope(String type) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.uuid("id", "3f0c7a52-5d3e-4a4e-9f43-0c6f1b2d7e11");
        body.stringValue("type", type);
        body.stringMatcher("created", TIMESTAMP, "2026-11-25T10:15:30Z");
        body.stringType("merchantTradeNo", TRADE_NO);
        body.integerType("sequence", 1);
        return body;
    }

    /** What every order event's data has, for a deposit. */
    private static PactDslJsonBody depositData(String status) {
        PactDslJsonBody data = orderData("CRYPTO_DEPOSIT", status);
        data.object("cryptoDeposit")
                .stringType("cryptoCurrency", "USDT")
                .stringMatcher("amount", DECIMAL, "3")
                .closeObject();
        return data;
    }

    private static PactDslJsonBody payoutData(String status) {
        PactDslJsonBody data = orderData("CRYPTO_PAYOUT", status);
        data.object("cryptoPayout")
                .stringType("cryptoCurrency", "USDT")
                .stringType("toAddress", "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE")
                .stringMatcher("totalAmount", DECIMAL, "10")
                .closeObject();
        return data;
    }

    private static PactDslJsonBody orderData(String kind, String status) {
        PactDslJsonBody data = new PactDslJsonBody();
        data.stringType("merchantTradeNo", TRADE_NO);
        data.stringValue("kind", kind);
        data.stringType("userId", "test002");
        data.stringValue("status", status);
        data.stringMatcher("createdAt", TIMESTAMP, "2026-11-25T10:15:30Z");
        data.stringMatcher("updatedAt", TIMESTAMP, "2026-11-25T10:15:31Z");
        data.booleanType("needsReview", false);
        return data;
    }

    private static Event read(V4Pact pact, EventType type) {
        assertThat(pact.getInteractions()).hasSize(1);
        V4Interaction.AsynchronousMessage message = (V4Interaction.AsynchronousMessage) pact.getInteractions().get(0);
        try {
            Event event = JSON.readValue(message.getContents().getContents().getValue(), Event.class);
            assertThat(event.getType()).isEqualTo(type);
            assertThat(event.getId()).isNotNull();
            assertThat(event.getCreated()).isNotNull();
            assertThat(event.getSequence()).isPositive();
            return event;
        } catch (IOException e) {
            throw new AssertionError("the " + type + " message does not read as an Event", e);
        }
    }

}
