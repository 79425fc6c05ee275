package com.cpay.platform.app.idempotency;

import com.cpay.platform.app.error.Problem;
import com.cpay.platform.app.error.ProblemType;
import com.cpay.platform.app.error.Problems;
import com.cpay.platform.domain.port.out.IdempotencyBegin;
import com.cpay.platform.domain.port.out.IdempotencyClaim;
import com.cpay.platform.domain.port.out.IdempotencyKey;
import com.cpay.platform.domain.port.out.IdempotencyStore;
import com.cpay.platform.domain.port.out.StoredResponse;
import com.cpay.platform.domain.shared.DomainException;
import com.cpay.platform.domain.shared.ValidationException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Runs a POST of the internal API at most once per {@code Idempotency-Key}, through the domain's
 * {@link IdempotencyStore}:
 * <ul>
 *   <li>a new key: the call runs; its response (success or problem) is stored, as the exact JSON text sent, and
 *       replayed for every retry with the same key and the same request, with the same status and body and
 *       {@code Idempotent-Replayed: true};</li>
 *   <li>the same key with another request (method, path or body differ): 422 {@code idempotency-key-reused};</li>
 *   <li>the same key while the first call still runs: 409 {@code idempotency-key-in-use}.</li>
 * </ul>
 * A call refused by a business rule before anything happened ({@link ValidationException}) releases the key, so
 * a corrected retry may use it. The request fingerprint is the SHA-256 of method, path and the request's canonical
 * JSON: only the digest is stored, never the body (which may carry card data).
 */
@Singleton
public class IdempotentCalls {

    /** Response header saying whether the answer is a replay. */
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Logger LOG = LoggerFactory.getLogger(IdempotentCalls.class);

    private final IdempotencyStore store;
    private final Problems problems;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration retention;

    public IdempotentCalls(IdempotencyStore store, Problems problems, JsonMapper json, Clock clock,
                           @Value("${cpay.idempotency.retention:24h}") Duration retention) {
        this.store = store;
        this.problems = problems;
        this.json = json;
        this.clock = clock;
        this.retention = retention.compareTo(IdempotencyClaim.MIN_RETENTION) < 0 ? IdempotencyClaim.MIN_RETENTION
                : retention;
    }

    /**
     * Runs {@code call} unless the key says otherwise.
     *
     * @param request the HTTP request (method and path enter the fingerprint)
     * @param key     the {@code Idempotency-Key} header, already checked to be 1 to 255 characters
     * @param body    the bound request body, or null for a body-less POST
     * @param call    the work; answers with a response whose body is JSON text
     */
    public <T> HttpResponse<T> run(HttpRequest<?> request, String key, Object body,
                                   Supplier<MutableHttpResponse<String>> call) {
        IdempotencyKey idempotencyKey = new IdempotencyKey(key);
        IdempotencyClaim claim = new IdempotencyClaim(idempotencyKey, fingerprint(request, body), clock.instant(),
                retention);
        IdempotencyBegin begin = store.begin(claim);
        if (begin instanceof IdempotencyBegin.Replay replay) {
            return cast(replayed(replay.response()));
        }
        if (begin instanceof IdempotencyBegin.FingerprintMismatch) {
            return cast(problems.response(Problem.of(ProblemType.IDEMPOTENCY_KEY_REUSED)
                    .detail("Use a new key for a new request.").instance(request.getPath())));
        }
        if (begin instanceof IdempotencyBegin.InFlight) {
            return cast(problems.response(Problem.of(ProblemType.IDEMPOTENCY_KEY_IN_USE)
                    .detail("Retry with the same key once the first request has finished.")
                    .instance(request.getPath())));
        }
        MutableHttpResponse<String> response;
        try {
            response = call.get();
        } catch (ValidationException e) {
            store.release(idempotencyKey);
            throw e;
        } catch (DomainException e) {
            response = problems.response(problems.of(e, request));
        } catch (RuntimeException e) {
            // unknown effect: the key stays claimed (a retry gets 409 until it expires) rather than risk a repeat
            LOG.error("{} {} failed; Idempotency-Key kept claimed", request.getMethodName(), request.getPath(), e);
            response = problems.response(Problem.of(ProblemType.INTERNAL_ERROR)
                    .detail("The request could not be completed. Do not retry with another key before checking "
                            + "the orders.").instance(request.getPath()));
        }
        store.complete(idempotencyKey, new StoredResponse(response.code(),
                response.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_JSON),
                response.getBody().orElse("")));
        response.header(REPLAYED, "false");
        return cast(response);
    }

    /** A JSON response of this status whose body is the model written as JSON text. */
    public MutableHttpResponse<String> json(HttpStatus status, Object model) {
        return HttpResponse.<String>status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(write(model));
    }

    private MutableHttpResponse<String> replayed(StoredResponse stored) {
        MutableHttpResponse<String> response = HttpResponse.<String>status(HttpStatus.valueOf(stored.status()))
                .contentType(MediaType.of(stored.contentType())).body(stored.body());
        response.header(REPLAYED, "true");
        if (stored.status() == HttpStatus.CREATED.getCode()) {
            location(stored.body()).ifPresent(location -> response.header("Location", location));
        }
        return response;
    }

    private java.util.Optional<String> location(String body) {
        try {
            Object tradeNo = json.readValue(body, java.util.Map.class).get("merchantTradeNo");
            return tradeNo == null ? java.util.Optional.empty()
                    : java.util.Optional.of("/api/v1/orders/" + tradeNo);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private String fingerprint(HttpRequest<?> request, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethodName() + " " + request.getPath() + "\n").getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                digest.update(json.writeValueAsBytes(body));
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object model) {
        try {
            return json.writeValueAsString(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> HttpResponse<T> cast(HttpResponse<?> response) {
        return (HttpResponse<T>) response;
    }
}
