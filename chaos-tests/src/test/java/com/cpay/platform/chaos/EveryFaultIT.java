package com.cpay.platform.chaos;

import com.cpay.platform.chaos.support.Answer;
import com.cpay.platform.chaos.support.Api;
import com.cpay.platform.chaos.support.App;
import com.cpay.platform.chaos.support.Call;
import com.cpay.platform.chaos.support.ChaosPaths;
import com.cpay.platform.chaos.support.ChildProcess;
import com.cpay.platform.chaos.support.CpayOperations;
import com.cpay.platform.chaos.support.Creation;
import com.cpay.platform.chaos.support.Database;
import com.cpay.platform.chaos.support.Figures;
import com.cpay.platform.chaos.support.Invariants;
import com.cpay.platform.chaos.support.Pause;
import com.cpay.platform.chaos.support.Simulator;
import com.cpay.platform.chaos.support.Violations;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultRule;
import com.cpay.platform.sandbox.fault.FaultSpec;
import com.cpay.platform.sandbox.journal.WebhookAttempt;
import com.cpay.platform.sandbox.state.OrderKind;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * (c) Every fault kind of the simulator ({@link FaultKind#values()}) on every C-Pay operation of
 * cpay-merchant-api.yaml, each driven through the app's own API; webhook faults on every operation that creates an
 * order (and on no-order deposits, the simulator's {@code deposit}). A new fault kind or operation is covered
 * without a change here; an operation no driver knows fails the scenario.
 * Each faulted call is answered 2xx, 502 or 503, never 500, 4xx or a stack trace. Afterwards: every order ends in
 * C-Pay's status (or, C-Pay never having it, CLOSED or PENDING with its outcome unknown), never moving backwards;
 * every request sent again with its key gets a final answer; forged webhooks are refused and genuine ones
 * accepted; C-Pay has one order per merchantTradeNo and no money out twice; no card number is stored or logged.
 */
class EveryFaultIT {

    // the matrix faults one call in two on purpose; the circuit breaker would rightly pause C-Pay calls and leave
    // later faults unfired. Its own behaviour is tested by cpay-app's CpayCallGuardTest
    private static final Map<String, String> GUARD_NEVER_OPENS = Map.of("cpay.guard.window", "1000",
            "cpay.guard.minimum-calls", "1000");

    /** The simulator's no-order deposits: the origin webhook faults name for them (cpay-sandbox README). */
    private static final String NO_ORDER_DEPOSIT = "deposit";
    private static final String KYC_BATCH = "{\"users\":[{\"userId\":\"chaos-kyc\",\"firstName\":\"hart\","
            + "\"middleName\":\"\",\"lastName\":\"lee\",\"birthday\":\"1987-05-01\",\"gender\":\"MALE\","
            + "\"country\":\"RU\",\"iddCode\":\"7\",\"personalCode\":\"12341234123\","
            + "\"certificateDateStart\":\"2008-01-01\",\"certificateDateEnd\":\"2038-01-01\","
            + "\"idCardUrls\":[\"https://files.merchant.example/kyc/chaos/id.jpg\"],\"documentUrls\":[],"
            + "\"email\":\"kyc@example.com\",\"mobile\":\"23452345\"}]}";

    /** How the app is made to call one C-Pay operation. */
    private interface Driver {
        /** The app's answer; null when the call went to the simulator's control API (a no-order deposit). */
        Answer drive(Context context);

        default boolean createsOrder() {
            return false;
        }
    }

    private record Creating(Creation creation) implements Driver {
        @Override
        public Answer drive(Context context) {
            Call call = Call.of(creation, Creation.newTradeNo("fault"));
            context.calls.add(call);
            Answer answer = call.send(context.api);
            return answer == null ? new Answer(0, "(no answer)", false) : answer;
        }

        @Override
        public boolean createsOrder() {
            return true;
        }
    }

    private static final Map<String, Driver> DRIVERS = Map.ofEntries(
            Map.entry("createOrder", new Creating(Creation.DEPOSIT)),
            Map.entry("withdraw", new Creating(Creation.CRYPTO_PAYOUT)),
            Map.entry("createFiatPayoutOrder", new Creating(Creation.PIX_PAYOUT)),
            Map.entry("pwpp", new Creating(Creation.CARD_PAYMENT)),
            Map.entry("createOrderByCreditCard", new Creating(Creation.CARD_ORDER)),
            Map.entry("exchange", new Creating(Creation.EXCHANGE)),
            Map.entry("submitKYC", c -> c.api.post("/api/v1/kyc-batches", UUID.randomUUID().toString(), KYC_BATCH)),
            Map.entry("getOrderDetail", c -> c.api.post("/api/v1/orders/" + c.reference + "/refresh",
                    UUID.randomUUID().toString())),
            Map.entry("getWalletAddress", c -> c.api.get("/api/v1/users/chaos-wallet-" + c.counter.incrementAndGet()
                    + "/deposit-addresses")),
            Map.entry("getMerchantBalance", c -> c.api.get("/api/v1/balances")),
            Map.entry("getExchangeRate", c -> c.api.get("/api/v1/quotes?sourceCurrency=USDT&targetCurrency=BTC"
                    + "&purchaseType=BY_SOURCE_AMOUNT&amount=400&channel=CRYPTO")),
            Map.entry("getExchangeRateForCreditCard", c -> c.api.get("/api/v1/quotes?sourceCurrency=USD"
                    + "&targetCurrency=ETH&purchaseType=BY_SOURCE_AMOUNT&amount=100&channel=CARD")));

    private static final Driver DEPOSIT_WITHOUT_ORDER = new Driver() {
        @Override
        public Answer drive(Context context) {
            String user = "chaos-nod-" + context.counter.incrementAndGet();
            context.depositUsers.add(user);
            context.simulator.control().deposit(user, null, "USDT", "3", null);
            return null;
        }

        @Override
        public boolean createsOrder() {
            return true;
        }
    };

    private static final class Context {
        final Api api;
        final Simulator simulator;
        final String reference;
        final List<Call> calls = new ArrayList<>();
        final List<String> depositUsers = new ArrayList<>();
        final AtomicInteger counter = new AtomicInteger();

        Context(Api api, Simulator simulator, String reference) {
            this.api = api;
            this.simulator = simulator;
            this.reference = reference;
        }
    }

    @Test
    void every_fault_kind_on_every_cpay_operation() throws Exception {
        Figures.Scenario figures = Figures.start("every-fault-h2").put("database", "H2");
        Violations violations = new Violations();
        Path dir = ChaosPaths.scenarioDir("faults");
        Path appDir = dir.resolve("app");
        Database database = Database.h2(appDir);
        int port = ChildProcess.freePort();
        try (Simulator simulator = Simulator.start(dir.resolve("simulator"), "chaos-" + UUID.randomUUID(),
                URI.create("http://localhost:" + port + "/cpay/webhooks"), Map.of());
             App app = App.start("app", appDir, port, simulator, database, GUARD_NEVER_OPENS)) {
            figures.lap("started");
            Api api = app.api();
            Call reference = Call.of(Creation.DEPOSIT, Creation.newTradeNo("fault-ref"));
            violations.check(reference.send(api) != null && reference.first().orElseThrow().status() == 201,
                    "reference order not created", reference.toString());
            Context context = new Context(api, simulator, reference.givenTradeNo().orElseThrow());
            context.calls.add(reference);

            List<String> operations = new ArrayList<>(CpayOperations.all());
            operations.add(NO_ORDER_DEPOSIT);
            Map<String, Long> answers = new TreeMap<>();
            List<String> matrix = new ArrayList<>();
            int injected = 0;
            int notApplicable = 0;
            for (String operation : operations) {
                Driver driver = operation.equals(NO_ORDER_DEPOSIT) ? DEPOSIT_WITHOUT_ORDER : DRIVERS.get(operation);
                if (driver == null) {
                    violations.add("C-Pay operation without a driver", operation + " (add one to EveryFaultIT)");
                    continue;
                }
                for (FaultKind kind : FaultKind.values()) {
                    boolean applicable = kind.webhook() ? driver.createsOrder()
                            : !operation.equals(NO_ORDER_DEPOSIT);
                    if (!applicable) {
                        notApplicable++;
                        continue;
                    }
                    FaultRule rule = simulator.control().addFault(new FaultSpec(operation, kind, 1, null,
                            kind == FaultKind.LATENCY ? 800L : null, null, null, null));
                    injected++;
                    Answer answer = driver.drive(context);
                    if (answer != null) {
                        answers.merge(Integer.toString(answer.status()), 1L, Long::sum);
                        checkAnswer(operation, kind, answer, violations);
                    }
                    matrix.add(String.format(Locale.ROOT, "%-30s %-22s %s", operation, kind,
                            answer == null ? "(control API deposit)" : answer.status()));
                    if (!kind.webhook() && removeIfUnfired(simulator, rule)) {
                        violations.add("fault never fired", operation + " " + kind);
                    }
                }
            }
            figures.lap("matrix");
            figures.put("settledByRefresh", settle(context, simulator, violations));
            figures.lap("settled");
            int unfired = checkWebhookFaults(simulator, violations);
            notApplicable += unfired;
            Files.write(ChaosPaths.figuresFile().resolveSibling("chaos-fault-matrix.txt"), matrix);
            retryEveryCreation(context, violations);
            checkWebhooks(simulator.webhooks(), violations);
            Invariants.oneCpayOrderPerTradeNo(simulator, api, violations);
            Invariants.moneyOutSentAtMostOnce(simulator.requests(), violations);
            simulator.logGaps().forEach(g -> violations.add("simulator log incomplete", g));
            figures.add("orders", context.calls.size() + context.depositUsers.size()).add("faults", injected - unfired)
                    .put("operations", operations.size()).put("faultKinds", FaultKind.values().length)
                    .put("notApplicable", notApplicable)
                    .put("moneyInResent", Invariants.moneyInResent(simulator.requests()))
                    .put("answers", answers.toString().replace(' ', '_'))
                    .put("matrix", "target/chaos-fault-matrix.txt");
            app.stop();
            try (Connection connection = database.connect()) {
                Invariants.noDuplicateOrders(connection, violations);
            }
            var scan = Invariants.noCardNumbers(database, List.of(appDir, dir.resolve("simulator")), violations);
            figures.put("cellsScanned", scan.cellsRead()).put("filesScanned", scan.filesRead());
        } finally {
            figures.finish(violations);
        }
        violations.assertNone("every-fault-h2");
    }

    /** 2xx, 502 (C-Pay refused) or 503 (C-Pay unavailable, the order named); never 500, 4xx or internals. */
    private static void checkAnswer(String operation, FaultKind kind, Answer answer, Violations violations) {
        boolean allowed = answer.success() || answer.status() == 502 || answer.status() == 503;
        violations.check(allowed, "unexpected answer to a faulted call", operation + " " + kind + ": " + answer);
        violations.check(!answer.showsInternals(), "answer shows internals", operation + " " + kind + ": " + answer);
    }

    /** Removes a request fault that did not fire (so it cannot hit a later call); answers whether it was there. */
    private static boolean removeIfUnfired(Simulator simulator, FaultRule rule) {
        boolean there = simulator.control().faults().stream().anyMatch(r -> r.id() == rule.id());
        if (there) {
            simulator.removeFault(rule.id());
        }
        return there;
    }

    /**
     * Every order ends in C-Pay's status, through its webhooks or, where C-Pay sends none (an exchange whose answer
     * was lost), through one refresh as a client would ask; one C-Pay never had ends CLOSED or stays PENDING with
     * its outcome unknown; no status moves backwards. No-order deposits are booked once, in C-Pay's status.
     * Answers how many orders needed the refresh.
     */
    private static long settle(Context context, Simulator simulator, Violations violations) {
        Pause.until(() -> simulator.orders().stream().allMatch(o -> Invariants.TERMINAL.contains(o.status())),
                Duration.ofSeconds(30));
        Map<String, String> atCpay = simulator.orders().stream().filter(o -> o.merchantTradeNo() != null)
                .collect(Collectors.toMap(OrderView::merchantTradeNo, OrderView::status));
        List<String> tradeNos = context.calls.stream().map(Call::tradeNo).flatMap(Optional::stream).toList();
        Pause.until(() -> tradeNos.stream().allMatch(no -> agrees(context.api, no, atCpay.get(no))),
                Duration.ofSeconds(10));
        long refreshed = 0;
        for (String tradeNo : tradeNos) {
            if (!agrees(context.api, tradeNo, atCpay.get(tradeNo))) {
                refreshed++;
                Answer refresh = context.api.post("/api/v1/orders/" + tradeNo + "/refresh",
                        UUID.randomUUID().toString());
                violations.check(refresh.status() == 200, "refresh failed", tradeNo + ": " + refresh);
            }
        }
        for (String tradeNo : tradeNos) {
            Map<String, Object> order = context.api.get("/api/v1/orders/" + tradeNo).json();
            violations.check(agrees(order, atCpay.get(tradeNo)), "app and C-Pay disagree",
                    tradeNo + ": C-Pay " + atCpay.getOrDefault(tradeNo, "(no order)") + ", app " + order.get("status")
                            + (order.containsKey("outcomeUnknown") ? " outcome unknown" : ""));
            Invariants.neverBackwards(tradeNo, order, violations);
        }
        for (String user : context.depositUsers) {
            Invariants.depositBookedOnce(context.api, simulator, user, violations);
        }
        return refreshed;
    }

    /**
     * Every webhook fault fired, unless the operation's orders never sent a webhook it could shape: an exchange
     * sends none, a PIX payout or a no-order deposit no non-final one to hold back. Answers how many were such.
     */
    private static int checkWebhookFaults(Simulator simulator, Violations violations) {
        Pause.until(() -> simulator.control().faults().stream().noneMatch(r -> canFire(simulator, r)),
                Duration.ofSeconds(10));
        int notApplicable = 0;
        for (FaultRule rule : simulator.control().faults()) {
            if (canFire(simulator, rule)) {
                violations.add("webhook fault never fired", rule.operation() + " " + rule.kind());
            } else {
                notApplicable++;
            }
        }
        simulator.control().clearFaults();
        return notApplicable;
    }

    /** Whether the operation's orders sent a webhook the fault could have shaped. */
    private static boolean canFire(Simulator simulator, FaultRule rule) {
        Set<String> orders = simulator.orders().stream()
                .filter(o -> OrderKind.valueOf(o.kind()).operation().equals(rule.operation()))
                .map(OrderView::orderId).collect(Collectors.toSet());
        return simulator.webhooks().stream().filter(a -> orders.contains(a.orderId()))
                .anyMatch(a -> rule.kind() != FaultKind.WEBHOOK_OUT_OF_ORDER || !isFinal(a.orderStatus()));
    }

    private static boolean isFinal(String status) {
        return Set.of("COMPLETED", "CLOSED", "14", "15").contains(status);
    }

    private static boolean agrees(Api api, String tradeNo, String cpayStatus) {
        return agrees(api.get("/api/v1/orders/" + tradeNo).json(), cpayStatus);
    }

    private static boolean agrees(Map<String, Object> order, String cpayStatus) {
        Object status = order.get("status");
        if (cpayStatus != null) {
            return cpayStatus.equals(status);
        }
        return "CLOSED".equals(status) || "PENDING".equals(status) && order.containsKey("outcomeUnknown");
    }

    /** Every creation again with its key: a stored answer is replayed; a 5xx one is answered from its order. */
    private static void retryEveryCreation(Context context, Violations violations) {
        for (Call call : context.calls) {
            Answer again = call.resend(context.api);
            violations.check(Call.isFinal(again), "retry not final", call + ": " + again);
            call.first().filter(first -> first.status() < 500).ifPresent(first -> violations.check(
                    again.replayed() && again.status() == first.status(), "answer not replayed",
                    call + ": first " + first + ", again " + again));
        }
    }

    /** Forged copies (bad signature) are refused; every genuine webhook is accepted in the end. */
    private static void checkWebhooks(List<WebhookAttempt> attempts, Violations violations) {
        for (WebhookAttempt attempt : attempts) {
            if ("bad-signature".equals(attempt.fault())) {
                violations.check(attempt.httpStatus() != null && attempt.httpStatus() == 400
                                && !"delivered".equals(attempt.outcome()), "forged webhook accepted",
                        attempt.orderId() + " " + attempt.orderStatus() + ": " + attempt.httpStatus() + " "
                                + attempt.reply());
            }
        }
        attempts.stream().filter(a -> !"bad-signature".equals(a.fault()))
                .collect(Collectors.groupingBy(a -> a.orderId() + " " + a.orderStatus()))
                .forEach((webhook, tries) -> violations.check(
                        tries.stream().anyMatch(a -> "delivered".equals(a.outcome())), "webhook never accepted",
                        webhook + ": " + tries.stream().map(a -> a.httpStatus() + " " + a.reply()).toList()));
    }
}
