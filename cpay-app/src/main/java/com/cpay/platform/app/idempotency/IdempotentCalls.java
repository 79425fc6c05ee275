package com.cpay.platform.app.idempotency;

import com.cpay.platform.app.error.MalformedRequestException;
import com.cpay.platform.app.error.Problem;
import com.cpay.platform.app.error.ProblemType;
import com.cpay.platform.app.error.Problems;
import com.cpay.platform.app.security.ApiClient;
import com.cpay.platform.app.security.ApiClients;
import com.cpay.platform.domain.shared.DomainException;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.ValidationException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a POST of the internal API at most once per API client and {@code Idempotency-Key}, through the app's
 * {@link IdempotencyStore}:
 * <ul>
 *   <li>a new key: the call runs under a short lease that a heartbeat renews while it runs; its response (success or
 *       4xx problem) is stored, as the exact JSON text sent, and replayed for every retry with the same key and the
 *       same request, with the same status and body and {@code Idempotent-Replayed: true};</li>
 *   <li>the same key with another request (method, path or body differ): 422 {@code idempotency-key-reused};</li>
 *   <li>the same key while the first call is alive: 409 {@code idempotency-key-in-use};</li>
 *   <li>the same key after the first call died (its lease ran out) or ended in a 5xx (never stored): the retry takes
 *       the key over and first looks at the order the first call recorded before calling C-Pay; if that order
 *       exists, the answer is read from it and nothing is sent (money out is never re-sent, docs/decisions.md, decision 25);
 *       only when it does not exist does the call run again.</li>
 * </ul>
 * Keys belong to the API client (a digest of its bearer token), so clients never share one. A call refused by a
 * business rule before anything happened ({@link ValidationException}) releases the key, so a corrected retry may
 * use it. The request fingerprint is the SHA-256 of method, path and the request's canonical JSON: only the digest
 * is stored, never the body (which may carry card data).
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
    private final Duration lease;
    private final String instance;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "idempotency-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    public IdempotentCalls(IdempotencyStore store, Problems problems, JsonMapper json, Clock clock,
                           @Value("${cpay.idempotency.retention:24h}") Duration retention,
                           @Value("${cpay.idempotency.lease:15s}") Duration lease,
                           @Value("${cpay.instance-id:}") String instanceId) {
        this.store = store;
        this.problems = problems;
        this.json = json;
        this.clock = clock;
        this.retention = retention.compareTo(IdempotencyClaim.MIN_RETENTION) < 0 ? IdempotencyClaim.MIN_RETENTION
                : retention;
        if (lease.compareTo(Duration.ofSeconds(1)) < 0 || lease.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("cpay.idempotency.lease must be between 1s and 5m, not " + lease);
        }
        this.lease = lease;
        this.instance = instanceId.isBlank() ? "pid-" + ProcessHandle.current().pid() : instanceId;
    }

    /**
     * Runs a call that may safely run again when a retry takes over a dead first call (nothing in it moves money:
     * a refresh, a KYC batch).
     */
    public <T> HttpResponse<T> run(HttpRequest<?> request, String key, Object body,
                                   Supplier<MutableHttpResponse<String>> call) {
        return runForOrder(request, key, body, Optional.empty(), order -> Optional.empty(), order -> call.get());
    }

    /**
     * Runs a call that creates or changes one order, unless the key says otherwise.
     *
     * @param request  the HTTP request (method and path enter the fingerprint)
     * @param key      the {@code Idempotency-Key} header, already checked to be 1 to 255 characters
     * @param body     the bound request body, or null for a body-less POST
     * @param order    the order the call will create or change, recorded with the key before the call runs
     * @param recorded after a take-over: the answer read from the order the first call recorded, empty when that
     *                 order does not exist
     * @param call     the work, given the order number to use (the first call's after a take-over); answers with a
     *                 response whose body is JSON text
     */
    public <T> HttpResponse<T> runForOrder(HttpRequest<?> request, String key, Object body,
                                           Optional<MerchantTradeNo> order,
                                           Function<MerchantTradeNo, Optional<MutableHttpResponse<String>>> recorded,
                                           Function<Optional<MerchantTradeNo>, MutableHttpResponse<String>> call) {
        IdempotencyHold hold = new IdempotencyHold(client(request), new IdempotencyKey(key),
                instance + "/" + UUID.randomUUID());
        IdempotencyClaim claim = new IdempotencyClaim(hold, fingerprint(request, body), clock.instant(), retention,
                lease, order);
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
        Optional<MerchantTradeNo> target = begin instanceof IdempotencyBegin.TakenOver takenOver
                ? takenOver.order().or(() -> order) : order;
        MutableHttpResponse<String> response;
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> renew(hold),
                lease.toMillis() / 3, lease.toMillis() / 3, TimeUnit.MILLISECONDS);
        try {
            Optional<MutableHttpResponse<String>> known = Optional.empty();
            if (begin instanceof IdempotencyBegin.TakenOver) {
                LOG.warn("{} {}: Idempotency-Key taken over from a call that did not finish; order {}",
                        request.getMethodName(), request.getPath(), target.map(MerchantTradeNo::value).orElse("-"));
                known = target.flatMap(recorded);
            }
            response = known.isPresent() ? known.get() : call.apply(target);
        } catch (ValidationException | MalformedRequestException e) {
            // the request itself is refused: nothing happened, so the key stays free for the corrected request
            heartbeat.cancel(false);
            store.release(hold);
            throw e;
        } catch (DomainException e) {
            response = problems.response(problems.of(e, request));
        } catch (RuntimeException e) {
            LOG.error("{} {} failed; the Idempotency-Key's next retry looks at what happened", request.getMethodName(),
                    request.getPath(), e);
            response = problems.response(Problem.of(ProblemType.INTERNAL_ERROR)
                    .detail("The request could not be completed. Retry with the same Idempotency-Key: the retry "
                            + "finds what this request did and never sends money twice.")
                    .instance(request.getPath()));
        } finally {
            heartbeat.cancel(false);
        }
        finish(hold, response);
        response.header(REPLAYED, "false");
        return cast(response);
    }

    /** A 5xx is never replayed: its effect is unknown, so the next retry takes the key over and looks. */
    private void finish(IdempotencyHold hold, MutableHttpResponse<String> response) {
        if (response.code() >= 500) {
            store.abandon(hold, clock.instant());
            return;
        }
        boolean kept = store.complete(hold, new StoredResponse(response.code(),
                response.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_JSON),
                response.getBody().orElse("")));
        if (!kept) {
            LOG.warn("Idempotency-Key of {} was taken over while its call ran; this answer is not stored", hold.owner());
        }
    }

    private void renew(IdempotencyHold hold) {
        try {
            if (!store.renew(hold, clock.instant().plus(lease))) {
                LOG.warn("Idempotency-Key of {} lost while its call runs", hold.owner());
            }
        } catch (RuntimeException e) {
            LOG.warn("could not renew the lease of {}: {}", hold.owner(), e.toString());
        }
    }

    /**
     * The API client's namespace for keys: the one the bearer token filter authenticated (the same for both tokens
     * of a rotation); without one (a route outside the filter), a digest of the token, never the token itself.
     */
    static ApiClientId client(HttpRequest<?> request) {
        Optional<ApiClient> authenticated = request.getAttribute(ApiClients.ATTRIBUTE, ApiClient.class);
        if (authenticated.isPresent()) {
            return new ApiClientId(authenticated.get().idempotencyScope());
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            return new ApiClientId("anonymous");
        }
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : authorization.trim();
        return new ApiClientId(ApiClients.tokenScope(token));
    }

    @PreDestroy
    void stopHeartbeats() {
        heartbeats.shutdownNow();
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
