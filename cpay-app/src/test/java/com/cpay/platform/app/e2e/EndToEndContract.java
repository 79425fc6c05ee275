package com.cpay.platform.app.e2e;

import com.cpay.platform.app.support.Await;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.InternalApiClients;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.api.OrdersApi;
import com.cpay.platform.client.internal.api.PayoutsApi;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.CreatePixPayoutRequest;
import com.cpay.platform.client.internal.model.EventSource;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.client.internal.model.PixAccountType;
import com.cpay.platform.client.internal.model.Problem;
import com.cpay.platform.client.internal.model.ReportOutcome;
import com.cpay.platform.client.internal.model.StatusChange;
import com.cpay.platform.client.internal.model.Violation;
import com.cpay.platform.sandbox.SandboxControl;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.journal.WebhookAttempt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The application end to end through real HTTP with the generated internal client: the app with the simulator
 * embedded, its C-Pay client calling the simulator, the simulator's webhooks coming back, on one database (the
 * subclass says which).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private TestApp app;
    private ApiClient client;
    private SandboxControl simulator;

    /** Datasource settings of the database under test. */
    protected abstract Map<String, Object> database();

    @BeforeAll
    void start() {
        app = TestApp.start(database());
        client = app.client();
        simulator = app.simulator();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @AfterEach
    void clearFaults() {
        if (simulator != null) {
            simulator.clearFaults();
        }
    }

    private Order deposit(String user) throws ApiException {
        return new DepositsApi(client).createDeposit(UUID.randomUUID().toString(),
                new CreateDepositRequest().userId(user).cryptoCurrency("USDT").amount("25.5"));
    }

    private Order awaitStatus(String merchantTradeNo, OrderStatus status) {
        OrdersApi orders = new OrdersApi(client);
        return Await.until(() -> {
            try {
                return orders.getOrder(merchantTradeNo);
            } catch (ApiException e) {
                throw new IllegalStateException(e);
            }
        }, order -> order.getStatus() == status, TIMEOUT);
    }

    /**
     * How many times the order entered this status. A later report of the same status that adds amounts the first
     * one lacked (C-Pay's lookup answer, then its webhook with the fee) is applied too, as an amount update
     * (from = to), and is not a second entry: which of the two comes first depends on timing.
     */
    private static long applied(Order order, OrderStatus to) {
        return order.getHistory().stream().filter(c -> c.getOutcome() == ReportOutcome.APPLIED && c.getTo() == to
                && c.getFrom() != to).count();
    }

    @Test
    void a_deposit_is_completed_by_the_simulator_and_its_webhook() throws ApiException {
        Order created = deposit("e2e-deposit");
        assertThat(created.getStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(created.getCryptoDeposit().getCashierUrl()).isNotNull();

        Order done = awaitStatus(created.getMerchantTradeNo(), OrderStatus.COMPLETED);

        assertThat(done.getHistory()).extracting(StatusChange::getSource).contains(EventSource.WEBHOOK);
        assertThat(done.getReportedAmounts().getReceivedAmount()).isEqualTo("25.5");
        assertThat(done.getCryptoDeposit().getHash()).isNotBlank();
        assertThat(simulator.orderByTradeNo(created.getMerchantTradeNo()).status()).isEqualTo("COMPLETED");
    }

    @Test
    void a_created_order_is_answered_as_it_is_stored() throws ApiException {
        Order created = deposit("e2e-as-stored");

        Order read = new OrdersApi(client).getOrder(created.getMerchantTradeNo());

        assertThat(read.getCreatedAt()).as("to the microsecond the database keeps").isEqualTo(created.getCreatedAt());
        assertThat(read.getHistory().subList(0, created.getHistory().size())).isEqualTo(created.getHistory());
        assertThat(read.getCryptoDeposit().getCashierUrl()).isEqualTo(created.getCryptoDeposit().getCashierUrl());
        assertThat(read.getCpayOrderId()).isEqualTo(created.getCpayOrderId());
    }

    @Test
    void a_pix_payout_to_an_invalid_cpf_is_refused_naming_to_account_and_never_sent() {
        long sent = simulator.requests().stream().filter(r -> r.operation().equals("createFiatPayoutOrder")).count();
        ApiException refused = catchThrowableOfType(ApiException.class, () -> new PayoutsApi(client).createPixPayout(
                UUID.randomUUID().toString(), new CreatePixPayoutRequest().userId("1001").amount("5").currency("BRL")
                        .country("BRA").accountType(PixAccountType.CPF_CNPJ).toAccount("123.456.789-00")));

        assertThat(refused.getCode()).isIn(400, 422);
        Problem problem = InternalApiClients.problem(client, refused).orElseThrow();
        assertThat(problem.getViolations()).extracting(Violation::getField).contains("toAccount");
        assertThat(problem.getViolations()).extracting(Violation::getRule).contains("cpf-check-digit");
        assertThat(simulator.requests().stream().filter(r -> r.operation().equals("createFiatPayoutOrder")).count())
                .isEqualTo(sent);
    }

    @Test
    void a_payout_whose_answer_is_lost_exists_once_at_cpay_and_ends_right() throws ApiException {
        simulator.addFault("createFiatPayoutOrder", FaultKind.DROP_CONNECTION, 1);
        String tradeNo = "pix-" + UUID.randomUUID().toString().substring(0, 8);

        Order created = new PayoutsApi(client).createPixPayout(UUID.randomUUID().toString(),
                new CreatePixPayoutRequest().merchantTradeNo(tradeNo).userId("1001").amount("5").currency("BRL")
                        .country("BRA").accountType(PixAccountType.CPF_CNPJ).toAccount("123.456.789-09"));

        assertThat(created.getMerchantTradeNo()).isEqualTo(tradeNo);
        Order done = awaitStatus(tradeNo, OrderStatus.COMPLETED);
        assertThat(simulator.orders().stream().filter(o -> tradeNo.equals(o.merchantTradeNo()))).hasSize(1);
        assertThat(simulator.requests().stream().filter(r -> r.operation().equals("createFiatPayoutOrder")
                && tradeNo.equals(r.parameters().get("merchantTradeNo")))).hasSize(1);
        assertThat(done.getPixPayout().getToAccount()).isEqualTo("12345678909");
        assertThat(done.getReportedAmounts().getReceivedAmount()).isEqualTo("5.00");
        assertThat(applied(done, OrderStatus.COMPLETED)).isEqualTo(1);
    }

    @Test
    void duplicate_and_out_of_order_webhooks_have_no_double_effect() throws ApiException {
        // The faults hit the next webhooks of createOrder's orders: an earlier test's deposit still on its lifecycle
        // would take them, so wait until every deposit has sent its last webhook.
        Await.until(() -> simulator.orders().stream().filter(o -> "CRYPTO_DEPOSIT".equals(o.kind()))
                .allMatch(o -> "COMPLETED".equals(o.status()) || "CLOSED".equals(o.status())), TIMEOUT);
        Await.sleep(500);
        simulator.addFault("createOrder", FaultKind.WEBHOOK_DUPLICATE, 2);
        simulator.addFault("createOrder", FaultKind.WEBHOOK_OUT_OF_ORDER, 1);
        Order created = deposit("e2e-dup");

        awaitStatus(created.getMerchantTradeNo(), OrderStatus.COMPLETED);
        List<WebhookAttempt> attempts = simulator.awaitWebhooks(all -> all.stream().filter(
                a -> created.getMerchantTradeNo().equals(a.merchantTradeNo()) && "delivered".equals(a.outcome()))
                .count() >= 3, TIMEOUT);
        Await.sleep(1500);
        Order done = new OrdersApi(client).getOrder(created.getMerchantTradeNo());

        assertThat(attempts.stream().filter(a -> created.getMerchantTradeNo().equals(a.merchantTradeNo()))
                .map(WebhookAttempt::fault)).contains("duplicate");
        assertThat(done.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(applied(done, OrderStatus.COMPLETED)).isEqualTo(1);
        assertThat(applied(done, OrderStatus.PROCESSING)).isLessThanOrEqualTo(1);
        assertThat(done.getNeedsReview()).isFalse();
        assertThat(done.getReportedAmounts().getReceivedAmount()).isEqualTo("25.5");
    }

    @Test
    void a_forged_webhook_is_answered_fail_and_changes_nothing() throws ApiException {
        simulator.addFault("createOrder", FaultKind.WEBHOOK_BAD_SIGNATURE, 1);
        Order created = deposit("e2e-forged");

        Order done = awaitStatus(created.getMerchantTradeNo(), OrderStatus.COMPLETED);
        List<WebhookAttempt> forged = simulator.awaitWebhooks(all -> all.stream().anyMatch(
                a -> created.getMerchantTradeNo().equals(a.merchantTradeNo()) && "bad-signature".equals(a.fault())),
                TIMEOUT).stream().filter(a -> created.getMerchantTradeNo().equals(a.merchantTradeNo())
                && "bad-signature".equals(a.fault())).toList();

        assertThat(forged).allSatisfy(a -> assertThat(a.reply()).isEqualTo("FAIL"));
        assertThat(applied(done, OrderStatus.COMPLETED)).isEqualTo(1);
        assertThat(done.getHistory()).filteredOn(c -> c.getSource() == EventSource.WEBHOOK)
                .allSatisfy(c -> assertThat(c.getOutcome()).isEqualTo(ReportOutcome.APPLIED));
    }
}
