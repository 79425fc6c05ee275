package com.cpay.platform.app.console;

import com.cpay.platform.app.security.CallbackUrlPolicy;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.payout.ResubmitOrderUseCase;
import com.cpay.platform.domain.reconciliation.CloseOrderUseCase;
import com.cpay.platform.domain.reconciliation.MarkOrderReviewedUseCase;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase;
import com.cpay.platform.domain.shared.DomainException;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violation;
import com.cpay.platform.domain.shared.Violations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator does to an order, each through the domain's use case and each written to the audit log: refresh
 * from C-Pay ({@link ReconcileOrderUseCase}), mark reviewed with a note ({@link MarkOrderReviewedUseCase}), close
 * with a note ({@link CloseOrderUseCase}), and
 * resubmit a money-out order ({@link ResubmitOrderUseCase}) after a confirmation page that shows the request to be
 * sent. {@link ConsoleFilter} has already refused viewers and forms without the session's CSRF token.
 */
@Controller("/console/orders/{merchantTradeNo}")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrderActions {

    private static final Logger LOG = LoggerFactory.getLogger(OrderActions.class);

    private final ReconcileOrderUseCase reconcile;
    private final MarkOrderReviewedUseCase markReviewed;
    private final CloseOrderUseCase close;
    private final ResubmitOrderUseCase resubmit;
    private final CallbackUrlPolicy urlPolicy;
    private final OrdersPages orders;
    private final ConsolePages pages;

    OrderActions(ReconcileOrderUseCase reconcile, MarkOrderReviewedUseCase markReviewed, CloseOrderUseCase close,
                 ResubmitOrderUseCase resubmit, CallbackUrlPolicy urlPolicy, OrdersPages orders, ConsolePages pages) {
        this.reconcile = reconcile;
        this.markReviewed = markReviewed;
        this.close = close;
        this.resubmit = resubmit;
        this.urlPolicy = urlPolicy;
        this.orders = orders;
        this.pages = pages;
    }

    @Post("/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> refresh(HttpRequest<?> request, @PathVariable String merchantTradeNo,
            @Nullable @Body Map<String, String> body) {
        Optional<Map<String, String>> form = ConsolePages.form(request, body);
        if (form.isEmpty()) {
            return ConsolePages.csrfRefused();
        }
        Operator operator = ConsolePages.operator(request);
        if (orders.find(merchantTradeNo).isEmpty()) {
            return orders.notFound(request, merchantTradeNo);
        }
        String outcome;
        try {
            var result = reconcile.reconcile(new ReconcileOrderUseCase.Command(new MerchantTradeNo(merchantTradeNo)));
            outcome = "C-Pay asked: " + result.finding() + "; " + result.before() + " -> " + result.after()
                    + result.outcome().map(o -> " (" + o + ")").orElse("")
                    + (result.needsReview() ? "; flagged for review" : "");
        } catch (DomainException e) {
            outcome = "failed: " + describe(e);
        }
        return done(request, operator, AuditAction.REFRESH, merchantTradeNo, Optional.empty(), "Refresh " + outcome);
    }

    @Post("/reviewed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> reviewed(HttpRequest<?> request, @PathVariable String merchantTradeNo,
            @Nullable @Body Map<String, String> body) {
        Optional<Map<String, String>> form = ConsolePages.form(request, body);
        if (form.isEmpty()) {
            return ConsolePages.csrfRefused();
        }
        Operator operator = ConsolePages.operator(request);
        if (orders.find(merchantTradeNo).isEmpty()) {
            return orders.notFound(request, merchantTradeNo);
        }
        Optional<String> note = note(request, form.get(), "what you checked before marking the order reviewed");
        if (note.isEmpty()) {
            return ConsolePages.redirect(orderPage(merchantTradeNo));
        }
        String text = note.get();
        String outcome;
        try {
            markReviewed.markReviewed(new MarkOrderReviewedUseCase.Command(new MerchantTradeNo(merchantTradeNo)));
            outcome = "review flag cleared";
        } catch (DomainException e) {
            outcome = "refused: " + describe(e);
        }
        return done(request, operator, AuditAction.MARK_REVIEWED, merchantTradeNo, Optional.of(text),
                "Mark reviewed: " + outcome);
    }

    /**
     * Closes an order that needed a person, once the operator has settled it ({@link CloseOrderUseCase}: nothing is
     * sent to C-Pay). An open order moving money out is closed only with the box ticked that says C-Pay was asked:
     * its close tells the merchant the money did not leave.
     */
    @Post("/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> close(HttpRequest<?> request, @PathVariable String merchantTradeNo,
            @Nullable @Body Map<String, String> body) {
        Optional<Map<String, String>> form = ConsolePages.form(request, body);
        if (form.isEmpty()) {
            return ConsolePages.csrfRefused();
        }
        Operator operator = ConsolePages.operator(request);
        Optional<OrderSnapshot> order = orders.find(merchantTradeNo);
        if (order.isEmpty()) {
            return orders.notFound(request, merchantTradeNo);
        }
        Optional<String> note = note(request, form.get(), "how you settled the order before closing it");
        if (note.isEmpty()) {
            return ConsolePages.redirect(orderPage(merchantTradeNo));
        }
        String text = note.get();
        boolean openMoneyOut = order.get().kind().movesMoneyOut() && !order.get().status().isTerminal();
        if (openMoneyOut && !"yes".equals(form.get().get("confirm"))) {
            ConsolePages.session(request).flash("Tick the box confirming that C-Pay says this " + order.get().kind()
                    + " order did not and will not move money: closing it tells the merchant the money stayed.");
            return ConsolePages.redirect(orderPage(merchantTradeNo));
        }
        String outcome;
        try {
            OrderSnapshot after = close.close(new CloseOrderUseCase.Command(new MerchantTradeNo(merchantTradeNo),
                    text));
            outcome = "closed; the order is " + after.status() + ", nothing sent to C-Pay";
            LOG.warn("order {} closed by operator {} from the console", merchantTradeNo, operator.name());
        } catch (DomainException e) {
            outcome = "refused: " + describe(e);
        }
        return done(request, operator, AuditAction.CLOSE, merchantTradeNo, Optional.of(text), "Close: " + outcome);
    }

    @Get("/resubmit")
    MutableHttpResponse<?> resubmitForm(HttpRequest<?> request, @PathVariable String merchantTradeNo) {
        if (!ConsolePages.operator(request).role().mayAct()) {
            return ConsoleFilter.forbidden("Your role, VIEWER, may read every page but take no action.");
        }
        return resubmitPage(request, merchantTradeNo, "", "", "");
    }

    @Post("/resubmit/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> preview(HttpRequest<?> request, @PathVariable String merchantTradeNo,
            @Nullable @Body Map<String, String> body) {
        Optional<Map<String, String>> form = ConsolePages.form(request, body);
        if (form.isEmpty()) {
            return ConsolePages.csrfRefused();
        }
        String reason = form.get().get("reason");
        String callbackUrl = form.get().get("callbackUrl");
        Optional<OrderSnapshot> order = orders.find(merchantTradeNo);
        if (order.isEmpty()) {
            return orders.notFound(request, merchantTradeNo);
        }
        Checked checked = check(merchantTradeNo, reason, callbackUrl);
        if (checked.error().isPresent()) {
            return resubmitPage(request, merchantTradeNo, text(reason), text(callbackUrl), checked.error().get());
        }
        Map<String, Object> model = pages.model(request, "Confirm the resubmission of " + merchantTradeNo, "review");
        model.put("order", ConsoleViews.order(order.get()));
        model.put("request", ConsoleViews.resubmission(order.get(), checked.command().urls().callbackUrl()
                .map(URI::toString)));
        model.put("reason", checked.command().reason());
        model.put("callbackUrl", text(callbackUrl));
        return ConsolePages.page("resubmit-confirm", model);
    }

    @Post("/resubmit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> resubmit(HttpRequest<?> request, @PathVariable String merchantTradeNo,
            @Nullable @Body Map<String, String> body) {
        Optional<Map<String, String>> form = ConsolePages.form(request, body);
        if (form.isEmpty()) {
            return ConsolePages.csrfRefused();
        }
        String reason = form.get().get("reason");
        String callbackUrl = form.get().get("callbackUrl");
        Operator operator = ConsolePages.operator(request);
        if (orders.find(merchantTradeNo).isEmpty()) {
            return orders.notFound(request, merchantTradeNo);
        }
        Checked checked = check(merchantTradeNo, reason, callbackUrl);
        if (checked.error().isPresent()) {
            return resubmitPage(request, merchantTradeNo, text(reason), text(callbackUrl), checked.error().get());
        }
        Optional<String> note = Optional.of(checked.command().reason());
        // written before anything is sent: a crash while C-Pay is being asked still leaves who decided it
        pages.audit(request, operator, AuditAction.RESUBMIT_CONFIRMED, Optional.of(merchantTradeNo), note,
                "confirmed; sending to C-Pay" + checked.command().urls().callbackUrl().map(u -> " with callbackURL "
                + u).orElse(""));
        String outcome;
        try {
            OrderSubmitted result = resubmit.resubmit(checked.command());
            outcome = describe(result.outcome()) + "; the order is " + result.order().status()
                    + (result.order().needsReview() ? ", flagged for review" : "");
            LOG.warn("order {} resubmitted by operator {} from the console: {}", merchantTradeNo, operator.name(),
                    result.outcome());
        } catch (DomainException e) {
            outcome = "refused: " + describe(e);
        }
        return done(request, operator, AuditAction.RESUBMIT_RESULT, merchantTradeNo, note, "Resubmission: " + outcome);
    }

    private MutableHttpResponse<?> resubmitPage(HttpRequest<?> request, String merchantTradeNo, String reason,
                                                String callbackUrl, String error) {
        Optional<OrderSnapshot> order = orders.find(merchantTradeNo);
        if (order.isEmpty()) {
            return orders.notFound(request, merchantTradeNo);
        }
        Map<String, Object> model = pages.model(request, "Resubmit " + merchantTradeNo, "review");
        model.put("order", ConsoleViews.order(order.get()));
        model.put("reason", reason);
        model.put("callbackUrl", callbackUrl);
        model.put("error", error);
        return ConsolePages.page(error.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST, "resubmit", model);
    }

    private MutableHttpResponse<?> done(HttpRequest<?> request, Operator operator, AuditAction action,
                                        String merchantTradeNo, Optional<String> note, String outcome) {
        pages.audit(request, operator, action, Optional.of(merchantTradeNo), note, outcome);
        ConsolePages.session(request).flash(outcome);
        return ConsolePages.redirect(orderPage(merchantTradeNo));
    }

    private record Checked(Optional<ResubmitOrderUseCase.Command> commandOrEmpty, Optional<String> error) {
        ResubmitOrderUseCase.Command command() {
            return commandOrEmpty.orElseThrow();
        }
    }

    /** The command, or what is wrong with the form, in the same words as the API's problems. */
    private Checked check(String merchantTradeNo, @Nullable String reason, @Nullable String callbackUrl) {
        Violations v = new Violations();
        String url = text(callbackUrl);
        URI callback = null;
        if (!url.isEmpty()) {
            try {
                callback = new URI(url);
            } catch (URISyntaxException e) {
                v.add("callbackUrl", "url", "callbackUrl must be an absolute http or https URL");
            }
        }
        Optional<URI> checkedUrl = urlPolicy.check(v, "callbackUrl", callback);
        try {
            v.throwIfAny();
            return new Checked(Optional.of(new ResubmitOrderUseCase.Command(new MerchantTradeNo(merchantTradeNo), text(reason),
                    new OrderUrls(checkedUrl, Optional.empty(), Optional.empty()))), Optional.empty());
        } catch (ValidationException e) {
            return new Checked(Optional.empty(), Optional.of(e.violations().stream().map(Violation::message)
                    .collect(Collectors.joining("; "))));
        }
    }

    /**
     * The form's note, 1 to {@value AuditEntry#MAX_TEXT} characters (the audit log's and the close's limit); otherwise
     * empty, and the page will say what to write.
     */
    private static Optional<String> note(HttpRequest<?> request, Map<String, String> form, String what) {
        String text = text(form.get("note"));
        if (text.isEmpty() || text.length() > Math.min(AuditEntry.MAX_TEXT, CloseOrderUseCase.MAX_NOTE)) {
            ConsolePages.session(request).flash("Write a note (1 to " + AuditEntry.MAX_TEXT + " characters) saying "
                    + what + ".");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static String describe(SubmissionOutcome outcome) {
        if (outcome instanceof SubmissionOutcome.Rejected r) {
            return "C-Pay refused it with code " + r.code() + r.message().map(m -> " (" + m + ")").orElse("")
                    + r.traceId().map(t -> ", trace id " + t).orElse("");
        }
        if (outcome instanceof SubmissionOutcome.Unconfirmed u) {
            return "sent, C-Pay's answer was lost (" + u.reason() + "); its outcome is unknown";
        }
        if (outcome instanceof SubmissionOutcome.NotSent n) {
            return "never reached C-Pay (" + n.reason() + ")";
        }
        return "C-Pay took it";
    }

    private static String describe(DomainException e) {
        if (e instanceof GatewayRejectedException r) {
            return "C-Pay answered code " + r.code() + r.gatewayMessage().map(m -> " (" + m + ")").orElse("")
                    + r.traceId().map(t -> ", trace id " + t).orElse("");
        }
        if (e instanceof ValidationException v) {
            return v.violations().stream().map(Violation::message).collect(Collectors.joining("; "));
        }
        return e.getMessage();
    }

    static String orderPage(String merchantTradeNo) {
        return "/console/orders/" + URLEncoder.encode(merchantTradeNo, StandardCharsets.UTF_8);
    }
}
