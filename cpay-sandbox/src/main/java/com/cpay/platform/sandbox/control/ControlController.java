package com.cpay.platform.sandbox.control;

import com.cpay.platform.sandbox.config.Merchant;
import com.cpay.platform.sandbox.config.MerchantRegistry;
import com.cpay.platform.sandbox.config.WebhookFormat;
import com.cpay.platform.sandbox.control.ControlModels.BalanceCommand;
import com.cpay.platform.sandbox.control.ControlModels.BalanceView;
import com.cpay.platform.sandbox.control.ControlModels.DepositCommand;
import com.cpay.platform.sandbox.control.ControlModels.LifecycleView;
import com.cpay.platform.sandbox.control.ControlModels.MoveCommand;
import com.cpay.platform.sandbox.control.ControlModels.OrderCommand;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import com.cpay.platform.sandbox.control.ControlModels.Problem;
import com.cpay.platform.sandbox.control.ControlModels.SandboxInfo;
import com.cpay.platform.sandbox.control.ControlModels.WebhookSettings;
import com.cpay.platform.sandbox.fault.FaultBook;
import com.cpay.platform.sandbox.fault.FaultRule;
import com.cpay.platform.sandbox.fault.FaultSpec;
import com.cpay.platform.sandbox.journal.Journal;
import com.cpay.platform.sandbox.journal.RequestRecord;
import com.cpay.platform.sandbox.journal.WebhookAttempt;
import com.cpay.platform.sandbox.lifecycle.Lifecycle;
import com.cpay.platform.sandbox.lifecycle.LifecycleSettings;
import com.cpay.platform.sandbox.rules.Amounts;
import com.cpay.platform.sandbox.rules.Assets;
import com.cpay.platform.sandbox.rules.Rejection;
import com.cpay.platform.sandbox.state.Balances;
import com.cpay.platform.sandbox.state.OrderBook;
import com.cpay.platform.sandbox.state.OrderStatus;
import com.cpay.platform.sandbox.state.SandboxState;
import com.cpay.platform.sandbox.webhook.WebhookDispatcher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The control API, described in sandbox-control-api.yaml. Errors: HTTP 400 or 404 with {@code {"error": "..."}}. */
@Controller("/sandbox/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ControlController {

    private final SandboxState state;
    private final OrderBook orders;
    private final Balances balances;
    private final Lifecycle lifecycle;
    private final MerchantRegistry merchants;
    private final FaultBook faults;
    private final Journal journal;
    private final WebhookDispatcher webhooks;
    private final OrderPlacement placement;
    private final SandboxInfoView info;
    private final LifecycleSettings lifecycleSettings;

    ControlController(SandboxState state, OrderBook orders, Balances balances, Lifecycle lifecycle,
                      MerchantRegistry merchants, FaultBook faults, Journal journal, WebhookDispatcher webhooks,
                      OrderPlacement placement, SandboxInfoView info, LifecycleSettings lifecycleSettings) {
        this.state = state;
        this.orders = orders;
        this.balances = balances;
        this.lifecycle = lifecycle;
        this.merchants = merchants;
        this.faults = faults;
        this.journal = journal;
        this.webhooks = webhooks;
        this.placement = placement;
        this.info = info;
        this.lifecycleSettings = lifecycleSettings;
    }

    @Get("/info")
    SandboxInfo info() {
        return info.current();
    }

    @Get("/orders")
    List<OrderView> orders(@Nullable @QueryValue String merchantTradeNo, @Nullable @QueryValue String status,
                           @Nullable @QueryValue String kind) {
        OrderStatus wantedStatus = status == null ? null : OrderStatus.parse(status);
        return orders.orders().stream()
                .filter(o -> merchantTradeNo == null || merchantTradeNo.equals(o.merchantTradeNo()))
                .filter(o -> wantedStatus == null || o.status() == wantedStatus)
                .filter(o -> kind == null || o.kind().name().equalsIgnoreCase(kind) || o.kind().operation().equals(kind))
                .map(OrderView::of).toList();
    }

    @Get("/orders/{orderId}")
    OrderView order(@PathVariable String orderId) {
        return orders.find(orderId).map(OrderView::of).orElseThrow(() -> new NotFound("order " + orderId + " not found"));
    }

    @Post("/orders")
    @Status(HttpStatus.CREATED)
    OrderView placeOrder(@Body OrderCommand command) {
        return OrderView.of(placement.place(command));
    }

    @Post("/orders/{orderId}/status")
    OrderView move(@PathVariable String orderId, @Body MoveCommand command) {
        OrderStatus to = OrderStatus.parse(command.status());
        if (orders.find(orderId).isEmpty()) {
            throw new NotFound("order " + orderId + " not found");
        }
        String reason = command.reason() == null ? "control API" : command.reason();
        lifecycle.move(orderId, to, reason, false, order -> command.hash() != null && !command.hash().isBlank()
                ? order.toBuilder().hash(command.hash()).build() : order);
        return order(orderId);
    }

    @Post("/deposits")
    @Status(HttpStatus.CREATED)
    OrderView deposit(@Body DepositCommand command) {
        return OrderView.of(placement.deposit(command));
    }

    @Get("/requests")
    List<RequestRecord> requests(@Nullable @QueryValue String operation) {
        return journal.requests().stream().filter(r -> operation == null || operation.equals(r.operation())).toList();
    }

    @Get("/webhooks")
    List<WebhookAttempt> webhooks(@Nullable @QueryValue String orderId) {
        return journal.webhooks().stream().filter(w -> orderId == null || orderId.equals(w.orderId())).toList();
    }

    @Get("/faults")
    List<FaultRule> faults() {
        return faults.rules();
    }

    @Post("/faults")
    @Status(HttpStatus.CREATED)
    FaultRule addFault(@Body FaultSpec spec) {
        if (spec.kind() == null) {
            throw new Rejection("kind is required");
        }
        return faults.add(spec);
    }

    @Delete("/faults")
    @Status(HttpStatus.NO_CONTENT)
    void clearFaults() {
        faults.clear();
    }

    @Delete("/faults/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void removeFault(@PathVariable long id) {
        if (!faults.remove(id)) {
            throw new NotFound("fault " + id + " not found");
        }
    }

    @Get("/balances")
    List<BalanceView> balances(@Nullable @QueryValue String merchantId) {
        return balances.balances(merchant(merchantId).id()).stream()
                .map(b -> new BalanceView(b.asset(), Amounts.text(b.available()), Amounts.text(b.freeze()))).toList();
    }

    @Put("/balances/{asset}")
    BalanceView setBalance(@PathVariable String asset, @Body BalanceCommand command) {
        Assets.requireKnown("asset", asset);
        BigDecimal available = Amounts.parse("available", command.available(), Assets.scale(asset));
        BigDecimal freeze = command.freeze() == null ? BigDecimal.ZERO : Amounts.parse("freeze", command.freeze(), Assets.scale(asset));
        var balance = balances.set(merchant(command.merchantId()).id(), asset, available, freeze);
        return new BalanceView(asset, Amounts.text(balance.available()), Amounts.text(balance.freeze()));
    }

    @Put("/merchants/{merchantId}/webhook")
    WebhookSettings configureWebhook(@PathVariable String merchantId, @Body WebhookSettings settings) {
        Merchant merchant = merchant(merchantId);
        try {
            merchant.configureWebhooks(settings.callbackUrl(), settings.format() == null ? null : WebhookFormat.parse(settings.format()));
        } catch (IllegalArgumentException e) {
            throw new Rejection(e.getMessage());
        }
        return new WebhookSettings(merchant.callbackUrl(), merchant.webhookFormat().name().toLowerCase(Locale.ROOT));
    }

    @Get("/lifecycle")
    LifecycleView lifecycle() {
        LifecycleSettings.Values now = lifecycleSettings.current();
        return new LifecycleView(now.pendingDelay().toMillis(), now.processingDelay().toMillis(), now.autoAdvance());
    }

    /** Changes the timings of orders scheduled from now on; autoAdvance=false pauses the automatic lifecycle. */
    @Put("/lifecycle")
    LifecycleView changeLifecycle(@Body LifecycleView change) {
        if ((change.pendingDelayMs() != null && change.pendingDelayMs() < 0)
                || (change.processingDelayMs() != null && change.processingDelayMs() < 0)) {
            throw new Rejection("delays must not be negative");
        }
        lifecycleSettings.change(change.pendingDelayMs() == null ? null : Duration.ofMillis(change.pendingDelayMs()),
                change.processingDelayMs() == null ? null : Duration.ofMillis(change.processingDelayMs()), change.autoAdvance());
        return lifecycle();
    }

    @Post("/reset")
    @Status(HttpStatus.NO_CONTENT)
    void reset() {
        webhooks.clear();
        faults.clear();
        state.reset();
        journal.clear();
        merchants.all().forEach(Merchant::resetWebhooks);
        lifecycleSettings.reset();
    }

    private Merchant merchant(String merchantId) {
        if (merchantId == null || merchantId.isBlank()) {
            return merchants.primary();
        }
        return merchants.find(merchantId).orElseThrow(() -> new NotFound("merchant " + merchantId + " not found"));
    }

    @Error(exception = NotFound.class)
    HttpResponse<Problem> notFound(HttpRequest<?> request, NotFound e) {
        return HttpResponse.notFound(new Problem(e.getMessage()));
    }

    @Error(exception = RuntimeException.class)
    HttpResponse<Problem> badRequest(HttpRequest<?> request, RuntimeException e) {
        String message = e instanceof Rejection || e instanceof IllegalArgumentException ? e.getMessage()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return HttpResponse.badRequest(new Problem(message));
    }

    /** An unknown order, fault or merchant. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message, null, false, false);
        }
    }
}
