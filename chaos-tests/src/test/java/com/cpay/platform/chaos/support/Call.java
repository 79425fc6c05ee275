package com.cpay.platform.chaos.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One order-creating request of a scenario, with its Idempotency-Key and body, so that it can be sent again
 * exactly; remembers the first answer (or that there was none) and the answer of the retry.
 */
public final class Call {

    private final Creation creation;
    private final String key = UUID.randomUUID().toString();
    private final String givenTradeNo;
    private final String body;
    private volatile Answer first;
    private volatile boolean unanswered;
    private volatile Answer retried;
    private volatile Duration resolvedIn;

    public Call(Creation creation, String givenTradeNo, String body) {
        this.creation = creation;
        this.givenTradeNo = givenTradeNo;
        this.body = body;
    }

    /** A call of this kind with a valid body; {@code givenTradeNo} null lets the app choose the number. */
    public static Call of(Creation creation, String givenTradeNo) {
        return new Call(creation, givenTradeNo, creation.body(givenTradeNo));
    }

    /** Sends it for the first time; a missing answer is remembered, not thrown. */
    public Answer send(Api api) {
        try {
            first = api.post(creation.path(), key, body);
            return first;
        } catch (Api.NoAnswer e) {
            unanswered = true;
            return null;
        }
    }

    /** Sends it again with the same key and body. */
    public Answer resend(Api api) {
        return api.post(creation.path(), key, body);
    }

    /**
     * Sends it again until the answer is final (not 409 {@code idempotency-key-in-use}, not 500, and an answer at
     * all) or {@code within} has passed since {@code since}; answers whether it became final.
     */
    public boolean retryUntilFinal(Api api, Instant since, Duration within) {
        Instant deadline = since.plus(within);
        while (Instant.now().isBefore(deadline)) {
            try {
                Answer answer = resend(api);
                retried = answer;
                if (isFinal(answer)) {
                    resolvedIn = Duration.between(since, Instant.now());
                    return true;
                }
            } catch (Api.NoAnswer e) {
                // not listening (yet)
            }
            Pause.millis(500);
        }
        return false;
    }

    public static boolean isFinal(Answer answer) {
        return answer.status() != 409 && answer.status() != 500;
    }

    public Creation creation() {
        return creation;
    }

    public String key() {
        return key;
    }

    public Optional<String> givenTradeNo() {
        return Optional.ofNullable(givenTradeNo);
    }

    public Optional<Answer> first() {
        return Optional.ofNullable(first);
    }

    public boolean unanswered() {
        return unanswered;
    }

    public Optional<Answer> retried() {
        return Optional.ofNullable(retried);
    }

    public Optional<Duration> resolvedIn() {
        return Optional.ofNullable(resolvedIn);
    }

    /** The order number: the caller's, or the one an answer named. */
    public Optional<String> tradeNo() {
        if (givenTradeNo != null) {
            return Optional.of(givenTradeNo);
        }
        return first().flatMap(Answer::merchantTradeNo).or(() -> retried().flatMap(Answer::merchantTradeNo));
    }

    @Override
    public String toString() {
        return creation + " " + tradeNo().orElse("(number not known)") + " key " + key;
    }
}
