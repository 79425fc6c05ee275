package com.cpay.platform.app.webhook;

import com.cpay.platform.domain.notification.DeliveryAdmission;
import com.cpay.platform.domain.notification.NotificationVerdict;
import com.cpay.platform.domain.notification.SigningReading;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * What the app does with a webhook's verdict before anything of it is stored: a correctly signed one is counted in
 * {@value #SIGNATURE_READING} by the reading of "empty" it was signed under (tag {@code reading}), whether or not it
 * is then kept; a refused one (anyone can send them, and each one is stored) takes one from its sender's allowance
 * ({@link RefusedWebhookLimiter}), and over it nothing is stored and the sender is told to wait.
 */
@Singleton
public class WebhookAdmission implements DeliveryAdmission {

    /** Counter of verified signatures by the reading of "empty" they matched (decision 21). */
    static final String SIGNATURE_READING = "cpay.webhooks.signature.reading";
    private static final String SIGNATURE_READING_DESCRIPTION = "C-Pay webhooks whose signature verified, by the"
            + " reading of \"empty\" it matched: document (a \"0\" value signed) or php (a \"0\" value left out, as"
            + " PHP empty() does); document when both readings give the same string";

    private final RefusedWebhookLimiter limiter;
    private final MeterRegistry meters;

    public WebhookAdmission(RefusedWebhookLimiter limiter, MeterRegistry meters) {
        this.limiter = limiter;
        this.meters = meters;
    }

    @Override
    public Optional<Duration> admit(NotificationVerdict verdict, String source) {
        if (verdict instanceof NotificationVerdict.Verified verified) {
            countReading(verified.reading());
            return Optional.empty();
        }
        if (verdict instanceof NotificationVerdict.Unreadable unreadable) {
            countReading(unreadable.reading());
            return Optional.empty();
        }
        return limiter.admit(source);
    }

    private void countReading(SigningReading reading) {
        Counter.builder(SIGNATURE_READING).description(SIGNATURE_READING_DESCRIPTION).tag("reading", reading.code())
                .register(meters).increment();
    }
}
