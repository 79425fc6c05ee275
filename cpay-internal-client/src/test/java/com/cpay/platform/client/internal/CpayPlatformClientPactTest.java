package com.cpay.platform.client.internal;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Consumer side of the API contract: what {@link CpayPlatformClient} needs from the platform's API, recorded through
 * the facade itself against Pact's mock server. cpay-app verifies the committed file (contracts/pacts/api) against
 * the running application, with a provider state for each interaction: an order in each status, one in review, a
 * request C-Pay refuses. Only fields the facade's callers read are pinned; everything else may change.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ApiContract.PROVIDER, pactVersion = PactSpecVersion.V3)
@PactDirectory("target/pacts")
class CpayPlatformClientPactTest {

    private static final String IDEMPOTENCY_KEY = "[A-Za-z0-9-]{1,255}";
    private static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

    @BeforeAll
    static void startFromNoPactFile() throws IOException {
        // pact-jvm merges into an existing file: the run's file holds exactly this run's interactions
        Files.deleteIfExists(ApiContract.GENERATED);
    }

    private static CpayPlatformClient client(MockServer server) {
        return CpayPlatformClient.builder(URI.create(server.getUrl()), "pact-token").retries(RetryPolicy.NONE).build();
    }

    // ------------------------------------------------------------------ an order in each status

    private static RequestResponsePact orderInStatus(PactDslWithProvider builder, String status) {
        String tradeNo = "pact-" + status.toLowerCase(java.util.Locale.ROOT);
        return builder.given(ApiContract.ORDER_IN_STATUS, Map.of("merchantTradeNo", tradeNo, "status", status))
                .uponReceiving("get a deposit in status " + status)
                .path("/api/v1/orders/" + tradeNo).method("GET")
                .willRespondWith().status(200).headers(Map.of("Content-Type", "application/json"))
                .body(order(tradeNo, status, false))
                .toPact();
    }

    private static PactDslJsonBody order(String tradeNo, String status, boolean needsReview) {
        PactDslJsonBody body = new PactDslJsonBody()
                .stringValue("merchantTradeNo", tradeNo)
                .stringValue("kind", "CRYPTO_DEPOSIT")
                .stringType("userId", "pact-user")
                .stringValue("status", status)
                .stringMatcher("createdAt", ISO_INSTANT, "2026-12-06T10:00:00Z")
                .stringMatcher("updatedAt", ISO_INSTANT, "2026-12-06T10:00:01Z")
                .booleanValue("needsReview", needsReview);
        body.object("cryptoDeposit")
                .stringValue("cryptoCurrency", "USDT")
                .stringMatcher("amount", "\\d+(\\.\\d+)?", "1.5")
                .closeObject();
        return body;
    }

    @Pact(consumer = ApiContract.CONSUMER)
    RequestResponsePact pending(PactDslWithProvider builder) {
        return orderInStatus(builder, "PENDING");
    }

    @Pact(consumer = ApiContract.CONSUMER)
    RequestResponsePact processing(PactDslWithProvider builder) {
        return orderInStatus(builder, "PROCESSING");
    }

    @Pact(consumer = ApiContract.CONSUMER)
    RequestResponsePact completed(PactDslWithProvider builder) {
        return orderInStatus(builder, "COMPLETED");
    }

    @Pact(consumer = ApiContract.CONSUMER)
    RequestResponsePact closed(PactDslWithProvider builder) {
        return orderInStatus(builder, "CLOSED");
    }

    @Test
    @PactTestFor(pactMethod = "pending")
    void reads_a_pending_order(MockServer server) {
        assertRead(server, "pact-pending", OrderStatus.PENDING);
    }

    @Test
    @PactTestFor(pactMethod = "processing")
    void reads_a_processing_order(MockServer server) {
        assertRead(server, "pact-processing", OrderStatus.PROCESSING);
    }

    @Test
    @PactTestFor(pactMethod = "completed")
    void reads_a_completed_order(MockServer server) {
        assertRead(server, "pact-completed", OrderStatus.COMPLETED);
    }

    @Test
    @PactTestFor(pactMethod = "closed")
    void reads_a_closed_order(MockServer server) {
        assertRead(server, "pact-closed", OrderStatus.CLOSED);
    }

    private static void assertRead(MockServer server, String tradeNo, OrderStatus status) {
        Order order = client(server).getOrder(tradeNo);
        assertThat(order.getStatus()).isEqualTo(status);
        assertThat(order.getNeedsReview()).isFalse();
        assertThat(new BigDecimal(order.getCryptoDeposit().getAmount())).isEqualByComparingTo("1.5");
    }

    // ------------------------------------------------------------------ one in review

    @Pact(consumer = ApiContract.CONSUMER)
    RequestResponsePact inReview(PactDslWithProvider builder) {
        PactDslJsonBody body = order("pact-review", "PENDING", true);
        body.minArrayLike("reviewNotes", 1).stringType("reason", "UNKNOWN_STATUS").closeObject().closeArray();
        return builder.given(ApiContract.ORDER_IN_REVIEW, Map.of("merchantTradeNo", "pact-review"))
                .uponReceiving("get a deposit flagged for review")
                .path("/api/v1/orders/pact-review").method("GET")
                .willRespondWith().status(200).headers(Map.of("Content-Type", "application/json")).body(body)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "inReview")
    void reads_an_order_in_review(MockServer server) {
        Order order = client(server).getOrder("pact-review");
        assertThat(order.getNeedsReview()).isTrue();
        assertThat(order.getReviewNotes()).isNotEmpty();
    }

    // ------------------------------------------------------------------ refused requests

    @Pact(consumer = ApiContract.CONSUMER)
    RequestResponsePact refusedByCpay(PactDslWithProvider builder) {
        return builder.given(ApiContract.CPAY_REFUSES_NEXT_DEPOSIT)
                .uponReceiving("create a deposit C-Pay refuses")
                .path("/api/v1/deposits").method("POST")
                .matchHeader("Idempotency-Key", IDEMPOTENCY_KEY, "4f1c2d3e-0000-4000-8000-000000000001")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("userId", "pact-user").stringValue("merchantTradeNo", "pact-refused")
                        .stringValue("cryptoCurrency", "USDT").stringValue("amount", "2"))
                .willRespondWith().status(502).headers(Map.of("Content-Type", "application/problem+json"))
                .body(new PactDslJsonBody()
                        .stringValue("type", "urn:cpay-platform:problem:cpay-rejected")
                        .stringType("title", "C-Pay refused the request")
                        .integerType("status", 502)
                        .integerType("cpayCode", 1L)
                        .stringType("cpayMsg", "fail")
                        .stringValue("merchantTradeNo", "pact-refused"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "refusedByCpay")
    void a_deposit_cpay_refuses_is_a_cpay_rejected_failure(MockServer server) {
        var failure = catchThrowableOfType(CpayApiException.CpayRejected.class, () -> client(server)
                .createDeposit("pact-user", "USDT", new BigDecimal("2"), r -> r.merchantTradeNo("pact-refused")));

        assertThat(failure.problem().orElseThrow().getCpayCode()).isEqualTo(1L);
        assertThat(failure.problem().orElseThrow().getMerchantTradeNo()).isEqualTo("pact-refused");
    }

    @Pact(consumer = ApiContract.CONSUMER)
    RequestResponsePact invalidAmount(PactDslWithProvider builder) {
        PactDslJsonBody problem = new PactDslJsonBody()
                .stringType("type", "urn:cpay-platform:problem:invalid-request")
                .stringType("title", "The request is not valid")
                .integerType("status", 400);
        problem.minArrayLike("violations", 1).stringValue("field", "amount").stringType("rule", "pattern").closeObject()
                .closeArray();
        return builder
                .uponReceiving("create a deposit with an amount of 9 decimals")
                .path("/api/v1/deposits").method("POST")
                .matchHeader("Idempotency-Key", IDEMPOTENCY_KEY, "4f1c2d3e-0000-4000-8000-000000000002")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("userId", "pact-user").stringValue("cryptoCurrency", "USDT")
                        .stringValue("amount", "1.123456789"))
                .willRespondWith().status(400).headers(Map.of("Content-Type", "application/problem+json")).body(problem)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "invalidAmount")
    void an_invalid_amount_is_an_invalid_request_naming_the_field(MockServer server) {
        var failure = catchThrowableOfType(CpayApiException.InvalidRequest.class, () -> client(server)
                .createDeposit("pact-user", "USDT", new BigDecimal("1.123456789"), r -> { }));

        assertThat(failure.problem().orElseThrow().getViolations()).extracting(v -> v.getField()).contains("amount");
    }
}
