package com.cpay.platform.app.console;

import com.cpay.platform.app.config.AppMode;
import com.cpay.platform.sandbox.SandboxControl;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultRule;
import com.cpay.platform.sandbox.fault.FaultSpec;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Sandbox mode only: the embedded simulator's controls, through its own control API ({@link SandboxControl}, the
 * client tests use): move one of its orders to a status (a webhook follows, as from C-Pay) and inject a fault into
 * its next calls, or clear the faults. This bean exists only while the simulator is embedded, which live mode
 * refuses at start-up ({@code LiveModeGuard}): in live mode these routes do not exist and nothing links to them.
 * Every action is audited; {@link ConsoleFilter} has already refused viewers.
 */
@Controller("/console/simulator")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "cpay.sandbox.enabled", value = "true")
class SimulatorPages {

    /** The statuses the simulator moves orders to (its names for C-Pay's codes 0, 11, 14, 15). */
    static final List<String> STATUSES = List.of("PENDING", "PROCESSING", "COMPLETED", "CLOSED");
    /** C-Pay's operations a fault may target (cpay-merchant-api.yaml's operationIds). */
    static final List<String> OPERATIONS = List.of("createOrder", "createOrderByCreditCard", "pwpp", "withdraw",
            "createFiatPayoutOrder", "exchange", "getOrderDetail", "getMerchantBalance", "getWalletAddress",
            "getExchangeRate", "getExchangeRateForCreditCard", "submitKYC");
    /** A LATENCY fault waits longer than the default read timeout (30 s): the answer is lost. */
    private static final long TIMEOUT_LATENCY_MS = 35_000L;
    private static final Pattern TRADE_NO = Pattern.compile("[\\x21-\\x7e]{1,64}");

    private final AppMode mode;
    private final BeanProvider<EmbeddedServer> server;
    private final ConsolePages pages;

    SimulatorPages(AppMode mode, BeanProvider<EmbeddedServer> server, ConsolePages pages) {
        this.mode = mode;
        this.server = server;
        this.pages = pages;
    }

    @Get
    MutableHttpResponse<?> simulator(HttpRequest<?> request, @Nullable @QueryValue String order) {
        if (mode.isLive()) {
            return notHere(request);
        }
        Map<String, Object> model = pages.model(request, "Simulator", "simulator");
        model.put("statuses", STATUSES);
        model.put("operations", OPERATIONS);
        model.put("kinds", Arrays.stream(FaultKind.values()).filter(k -> !k.name().startsWith("WEBHOOK_"))
                .map(Enum::name).toList());
        model.put("order", order == null ? "" : order.strip());
        try {
            model.put("faults", control().faults().stream().map(SimulatorPages::fault).toList());
            model.put("error", "");
        } catch (RuntimeException e) {
            model.put("faults", List.of());
            model.put("error", "The simulator's control API did not answer: " + e.getClass().getSimpleName());
        }
        return ConsolePages.page("simulator", model);
    }

    @Post("/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> move(HttpRequest<?> request, @Nullable @Body Map<String, String> body) {
        return act(request, body, AuditAction.SIMULATOR_MOVE, form -> {
            String tradeNo = text(form.get("merchantTradeNo"));
            String status = text(form.get("status"));
            boolean valid = TRADE_NO.matcher(tradeNo).matches() && STATUSES.contains(status);
            return new Plan(valid ? Optional.of(tradeNo) : Optional.empty(), valid
                    ? "/console/simulator?order=" + URLEncoder.encode(tradeNo, StandardCharsets.UTF_8)
                    : "/console/simulator", valid ? Optional.empty() : Optional.of("Give the order's merchantTradeNo"
                    + " and one of the statuses " + String.join(", ", STATUSES) + "."), () -> {
                        OrderView moved = control().moveOrder(control().orderByTradeNo(tradeNo).orderId(), status);
                        return "the simulator moved its order " + moved.orderId() + " to " + moved.status()
                                + "; its webhook follows";
                    });
        });
    }

    @Post("/faults")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> fault(HttpRequest<?> request, @Nullable @Body Map<String, String> body) {
        return act(request, body, AuditAction.SIMULATOR_FAULT, form -> {
            String operation = text(form.get("operation"));
            Optional<FaultKind> kind = Arrays.stream(FaultKind.values())
                    .filter(k -> k.name().equals(text(form.get("kind")))).findFirst();
            int count = count(form.get("count"));
            boolean valid = OPERATIONS.contains(operation) && kind.isPresent() && count >= 1 && count <= 100;
            return new Plan(Optional.empty(), "/console/simulator", valid ? Optional.empty()
                    : Optional.of("Choose an operation, a kind of fault and how many calls (1 to 100) it hits."),
                    () -> {
                        FaultRule rule = control().addFault(new FaultSpec(operation, kind.orElseThrow(), count, null,
                                kind.get() == FaultKind.LATENCY ? TIMEOUT_LATENCY_MS : null, null, null, null));
                        return "fault " + rule.id() + " added: the next " + count + " " + operation + " calls get "
                                + rule.kind();
                    });
        });
    }

    @Post("/faults/clear")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> clear(HttpRequest<?> request, @Nullable @Body Map<String, String> body) {
        return act(request, body, AuditAction.SIMULATOR_FAULT, form -> new Plan(Optional.empty(),
                "/console/simulator", Optional.empty(), () -> {
                    control().clearFaults();
                    return "every fault cleared";
                }));
    }

    /**
     * What an action will do, once its form is read: the order it is about, where the browser goes back to, what is
     * wrong with the form (then nothing is asked of the simulator), and the call to the simulator, which says what
     * it did.
     */
    private record Plan(Optional<String> order, String back, Optional<String> invalid, Supplier<String> call) {
    }

    /** Every action alike: the CSRF token, live mode, the form, the simulator's answer, the audit log, the flash. */
    private MutableHttpResponse<?> act(HttpRequest<?> request, @Nullable Map<String, String> body, AuditAction action,
                                      Function<Map<String, String>, Plan> plan) {
        Optional<Map<String, String>> form = ConsolePages.form(request, body);
        if (form.isEmpty()) {
            return ConsolePages.csrfRefused();
        }
        if (mode.isLive()) {
            return notHere(request);
        }
        Operator operator = ConsolePages.operator(request);
        Plan planned = plan.apply(form.get());
        if (planned.invalid().isPresent()) {
            ConsolePages.session(request).flash(planned.invalid().get());
            return ConsolePages.redirect(planned.back());
        }
        String outcome;
        try {
            outcome = planned.call().get();
        } catch (RuntimeException e) {
            outcome = "refused by the simulator: " + cut(e.getMessage());
        }
        pages.audit(request, operator, action, planned.order(), Optional.empty(), "Simulator: " + outcome);
        ConsolePages.session(request).flash("Simulator: " + outcome);
        return ConsolePages.redirect(planned.back());
    }

    private static int count(@Nullable String text) {
        try {
            return Integer.parseInt(text(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The embedded simulator's control API, on this very server over loopback. */
    private SandboxControl control() {
        return SandboxControl.at(URI.create("http://127.0.0.1:" + server.get().getPort()));
    }

    private MutableHttpResponse<?> notHere(HttpRequest<?> request) {
        Map<String, Object> model = pages.model(request, "No such page", "orders");
        model.put("message", "There is no simulator in live mode.");
        return ConsolePages.page(HttpStatus.NOT_FOUND, "message", model);
    }

    private static Map<String, Object> fault(FaultRule r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("operation", r.operation());
        row.put("kind", r.kind().name());
        row.put("remaining", r.remaining() == null ? "every call" : r.remaining().toString());
        row.put("fired", r.fired());
        return row;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static String cut(@Nullable String message) {
        String text = message == null ? "no reason given" : message;
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
