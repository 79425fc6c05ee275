package com.cpay.platform.app.webhook;

import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase;
import com.cpay.platform.domain.shared.CardDataRedaction;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * C-Pay's notifications (s.15), JSON or form: {@link HandleCpayNotificationUseCase} has the HTTP adapter verify the
 * signature (current and previous keys) and read the fields, once, then stores the delivery in the inbox
 * (deduplicated by the SHA-256 of the body) and applies it, in one transaction. The answer is text {@code OK} only
 * after that transaction committed: also for a notification kept for review ({@code UNMATCHED}) or for a lookup at
 * C-Pay ({@code NEEDS_LOOKUP}: signed correctly but unreadable). {@code FAIL} for a forged, unsigned or malformed
 * notification and for one naming another merchant or none (recorded as rejected, nothing applied), and for any
 * failure (nothing kept: C-Pay delivers again). Signing readings are counted by {@link WebhookAdmission}.
 *
 * <p>Of a refused notification only the SHA-256, length and a redacted excerpt of its body are kept (the use case
 * decides that, {@code RefusedBody}); one refused (anyone can send one) whose sender ({@link WebhookSources}) is over
 * its allowance ({@link RefusedWebhookLimiter}, through {@link WebhookAdmission}) is answered {@code 429} with
 * {@code Retry-After}, nothing stored.
 */
@Controller("/cpay/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
public class WebhookController {

    static final String OK = "OK";
    static final String FAIL = "FAIL";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

    private final HandleCpayNotificationUseCase notifications;
    private final MeterRegistry meters;
    private final WebhookSources sources;

    public WebhookController(HandleCpayNotificationUseCase notifications, MeterRegistry meters,
                             WebhookSources sources) {
        this.notifications = notifications;
        this.meters = meters;
        this.sources = sources;
    }

    @Post
    @Consumes(MediaType.ALL)
    @Produces(MediaType.TEXT_PLAIN)
    public HttpResponse<String> receive(HttpRequest<?> request, @Body @Nullable byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        String digest = sha256(bytes);
        HandleCpayNotificationUseCase.Command delivery = new HandleCpayNotificationUseCase.Command(bytes,
                Optional.ofNullable(request.getHeaders().get(HttpHeaders.CONTENT_TYPE)), sources.of(request));
        HandleCpayNotificationUseCase.Result result;
        try {
            result = notifications.handle(delivery);
        } catch (RuntimeException e) {
            LOG.warn("C-Pay notification {} not kept ({}); answering FAIL so that C-Pay delivers it again",
                    digest.substring(0, 12), e.toString());
            count("failed", "ERROR");
            return answer(HttpStatus.SERVICE_UNAVAILABLE, FAIL);
        }
        if (result.disposition() == HandleCpayNotificationUseCase.Result.Disposition.RATE_LIMITED) {
            count("limited", "RATE_LIMITED");
            return answer(HttpStatus.TOO_MANY_REQUESTS, FAIL)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds(result.retryAfter().orElseThrow())));
        }
        if (!result.acknowledge()) {
            if (result.disposition() != HandleCpayNotificationUseCase.Result.Disposition.REJECTED) {
                LOG.warn("C-Pay notification {} refused: {} ({})", digest.substring(0, 12), result.disposition(),
                        result.detail().map(CardDataRedaction::redact).orElse("-"));
            }
            count("rejected", result.disposition().name());
            return answer(HttpStatus.BAD_REQUEST, FAIL);
        }
        LOG.info("C-Pay notification {}: {} {} -> {}", digest.substring(0, 12), result.disposition(),
                result.merchantTradeNo().map(Object::toString).orElse("-"),
                result.status().map(Enum::name).orElse("-"));
        count("accepted", result.disposition().name());
        return answer(HttpStatus.OK, OK);
    }

    private void count(String result, String disposition) {
        meters.counter("cpay.webhooks", "result", result, "disposition", disposition).increment();
    }

    private static MutableHttpResponse<String> answer(HttpStatus status, String text) {
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_PLAIN_TYPE).body(text);
    }

    // Retry-After takes whole seconds; never 0, which would invite an immediate retry
    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
