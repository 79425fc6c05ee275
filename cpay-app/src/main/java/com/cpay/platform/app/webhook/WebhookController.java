package com.cpay.platform.app.webhook;

import com.cpay.platform.adapter.http.signing.EmptyRule;
import com.cpay.platform.adapter.http.webhook.CpayWebhookVerifier;
import com.cpay.platform.adapter.http.webhook.WebhookVerdict;
import com.cpay.platform.domain.notification.HandleCpayNotificationCommand;
import com.cpay.platform.domain.notification.HandleCpayNotificationResult;
import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase;
import com.cpay.platform.domain.shared.CardDataRedaction;
import io.micrometer.core.instrument.Counter;
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
import io.micronaut.transaction.TransactionOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * C-Pay's notifications (s.15), JSON or form: the HTTP adapter verifies the signature (current and previous keys)
 * and reads the fields; {@link HandleCpayNotificationUseCase} stores the delivery in the inbox (deduplicated by
 * the SHA-256 of the body) and applies it, in one transaction. The answer is text {@code OK} only after that
 * transaction committed: also for a notification kept for review ({@code UNMATCHED}) or for a lookup at C-Pay
 * ({@code NEEDS_LOOKUP}: signed correctly but unreadable). {@code FAIL} for a forged, unsigned or malformed
 * notification and for one naming another merchant or none (recorded as rejected, nothing applied), and for any
 * failure (nothing kept: C-Pay delivers again). Every correctly signed notification is counted in
 * {@value #SIGNATURE_READING} by the reading of "empty" it was signed under (tag {@code reading}).
 *
 * <p>Of a refused notification only the SHA-256, length and a redacted excerpt of its body are kept (the use case
 * decides that, {@code RefusedBody}); the body of one the HTTP adapter refuses (anyone can send one) does not even
 * reach the use case when its sender ({@link WebhookSources}) is over its allowance ({@link RefusedWebhookLimiter}):
 * {@code 429} with {@code Retry-After}, nothing stored.
 */
@Controller("/cpay/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
public class WebhookController {

    static final String OK = "OK";
    static final String FAIL = "FAIL";
    /** Counter of verified signatures by the reading of "empty" they matched (docs/decisions.md, decision 21). */
    static final String SIGNATURE_READING = "cpay.webhooks.signature.reading";
    private static final String SIGNATURE_READING_DESCRIPTION = "C-Pay webhooks whose signature verified, by the"
            + " reading of \"empty\" it matched: document (a \"0\" value signed) or php (a \"0\" value left out, as"
            + " PHP empty() does); document when both readings give the same string";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

    private final CpayWebhookVerifier verifier;
    private final HandleCpayNotificationUseCase notifications;
    private final TransactionOperations<Connection> transactions;
    private final MeterRegistry meters;
    private final WebhookSources sources;
    private final RefusedWebhookLimiter limiter;

    public WebhookController(CpayWebhookVerifier verifier, HandleCpayNotificationUseCase notifications,
                             TransactionOperations<Connection> transactions, MeterRegistry meters,
                             WebhookSources sources, RefusedWebhookLimiter limiter) {
        this.verifier = verifier;
        this.notifications = notifications;
        this.transactions = transactions;
        this.meters = meters;
        this.sources = sources;
        this.limiter = limiter;
    }

    @Post
    @Consumes(MediaType.ALL)
    @Produces(MediaType.TEXT_PLAIN)
    public HttpResponse<String> receive(HttpRequest<?> request, @Body @Nullable byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        String digest = sha256(bytes);
        HandleCpayNotificationCommand command;
        WebhookVerdict verdict = verifier.verify(bytes, contentType);
        if (verdict instanceof WebhookVerdict.Accepted accepted) {
            countReading(accepted.matchedRule());
            command = HandleCpayNotificationCommand.verified("sha256:" + digest,
                    new String(bytes, StandardCharsets.UTF_8), NotificationFields.of(accepted.notification()));
        } else if (verdict instanceof WebhookVerdict.Unreadable unreadable) {
            countReading(unreadable.matchedRule());
            command = HandleCpayNotificationCommand.verifiedButUnreadable("sha256:" + digest,
                    new String(bytes, StandardCharsets.UTF_8), unreadable.fields(), unreadable.describe());
        } else {
            Optional<Duration> wait = limiter.admit(sources.of(request));
            if (wait.isPresent()) {
                count("limited", "RATE_LIMITED");
                return answer(HttpStatus.TOO_MANY_REQUESTS, FAIL)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait.get())));
            }
            command = HandleCpayNotificationCommand.rejected("rejected:sha256:" + digest,
                    new String(bytes, StandardCharsets.UTF_8), Map.of(), ((WebhookVerdict.Rejected) verdict).describe());
        }
        HandleCpayNotificationResult result;
        try {
            result = transactions.executeWrite(status -> notifications.handle(command));
        } catch (RuntimeException e) {
            LOG.warn("C-Pay notification {} not kept ({}); answering FAIL so that C-Pay delivers it again",
                    digest.substring(0, 12), e.toString());
            count("failed", "ERROR");
            return answer(HttpStatus.SERVICE_UNAVAILABLE, FAIL);
        }
        if (!result.acknowledge()) {
            if (result.disposition() != HandleCpayNotificationResult.Disposition.REJECTED) {
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

    private void countReading(EmptyRule rule) {
        Counter.builder(SIGNATURE_READING).description(SIGNATURE_READING_DESCRIPTION).tag("reading", rule.code())
                .register(meters).increment();
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
