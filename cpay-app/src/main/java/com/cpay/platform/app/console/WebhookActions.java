package com.cpay.platform.app.console;

import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase;
import com.cpay.platform.domain.notification.InboxEntry;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.notification.ReplayNotificationUseCase;
import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.shared.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a stored, verified notification of the webhook inbox through the intake's matching and state machine
 * ({@link ReplayNotificationUseCase}): one that matched no order when it came, failed, or waits for a lookup. A
 * refused one, or one already applied, is refused by the use case, so a notification applies once. Audited;
 * {@link ConsoleFilter} has already refused viewers, and the form's CSRF token is checked here.
 */
@Controller("/console/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
class WebhookActions {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookActions.class);

    private final ReplayNotificationUseCase replay;
    private final NotificationInbox inbox;
    private final ConsolePages pages;

    WebhookActions(ReplayNotificationUseCase replay, NotificationInbox inbox, ConsolePages pages) {
        this.replay = replay;
        this.inbox = inbox;
        this.pages = pages;
    }

    @Post("/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> replay(HttpRequest<?> request, @Nullable @Body Map<String, String> body) {
        Optional<Map<String, String>> form = ConsolePages.form(request, body);
        if (form.isEmpty()) {
            return ConsolePages.csrfRefused();
        }
        Operator operator = ConsolePages.operator(request);
        String key = Optional.ofNullable(form.get().get("key")).map(String::strip).orElse("");
        Optional<StoredNotification> stored = key.isEmpty() || key.length() > 255 ? Optional.empty() : inbox.find(key);
        if (stored.isEmpty()) {
            Map<String, Object> model = pages.model(request, "No such notification", "webhooks");
            model.put("message", "The webhook inbox holds no notification with this key.");
            return ConsolePages.page(HttpStatus.NOT_FOUND, "message", model);
        }
        InboxEntry.State before = stored.get().state();
        String outcome;
        Optional<String> order = stored.get().keys().merchantTradeNo().map(no -> no.value());
        try {
            HandleCpayNotificationUseCase.Result result = replay.replay(new ReplayNotificationUseCase.Command(key));
            order = result.merchantTradeNo().map(no -> no.value()).or(() -> stored.get().keys().merchantTradeNo()
                    .map(no -> no.value()));
            outcome = describe(result);
            LOG.warn("notification {} replayed by operator {} from the console: {}", key, operator.name(),
                    result.disposition());
        } catch (DomainException e) {
            outcome = "refused: " + e.getMessage();
        }
        pages.audit(request, operator, AuditAction.REPLAY_NOTIFICATION, order, Optional.of("inbox entry " + key),
                "Replay: " + outcome);
        ConsolePages.session(request).flash("Replay of the notification received " + ConsoleViews.time(
                stored.get().receivedAt()) + ": " + outcome);
        return ConsolePages.redirect("/console/webhooks?state=" + before.name());
    }

    private static String describe(HandleCpayNotificationUseCase.Result result) {
        return switch (result.disposition()) {
            case APPLIED_TO_ORDER -> "applied to order " + result.merchantTradeNo().map(no -> no.value()).orElse("?")
                    + result.outcome().map(o -> " (" + o + ")").orElse("")
                    + result.status().map(s -> ", now " + s).orElse("");
            case CREATED_DEPOSIT -> "created the deposit " + result.merchantTradeNo().map(no -> no.value()).orElse("?");
            case UNMATCHED -> "it still matches no order; kept unmatched";
            default -> result.disposition() + result.detail().map(d -> ": " + d).orElse("");
        };
    }
}
