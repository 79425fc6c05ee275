package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.gateway.CpayCallException.Kind;
import com.cpay.platform.adapter.http.generated.api.CpayMerchantApi;
import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.EmptyRule;
import com.cpay.platform.adapter.http.signing.SignatureVerifier;
import com.cpay.platform.domain.shared.DomainException;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import io.micronaut.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What every operation shares: the generated client, the merchant id, signing, the envelope rule
 * ({@code code 0} or {@link GatewayRejectedException}), the GET retry rule, and the translation of failures to
 * {@link GatewayUnavailableException} with a {@link CpayCallException} cause. Log lines name the operation and
 * the failure kind, never a parameter value.
 * <p>
 * It also keeps the reading of "empty" (docs/decisions.md, decision 21, {@link EmptyRule}) that requests are signed
 * under: {@link EmptyRule#DOCUMENT} until C-Pay refuses a signed GET for its signature and accepts it signed
 * under the other reading ({@link #query}); from then on that reading is used first, for GETs and POSTs alike.
 * It is kept in memory, per instance (one per adapter context), and shared safely between threads.
 */
final class CpayCalls {

    private static final Logger LOG = LoggerFactory.getLogger(CpayCalls.class);

    /** MDC key of C-Pay's traceid on the line that records an answer; the app's log layout prints it. */
    static final String TRACE_ID_MDC_KEY = "cpayTraceId";

    /** A msg naming the signature as a word (see {@link #refusedForSignature}). */
    private static final Pattern SIGNATURE_MESSAGE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])sign(ature)?(?![\\p{L}\\p{N}])|\u7b7e\u540d", Pattern.CASE_INSENSITIVE);

    private final GeneratedOperations operations;
    private final JsonMapper json;
    private final String merchantId;
    private final CpaySigner signer;
    private final SignatureVerifier answerVerifier;
    private final RetryPolicy retry;
    private final AtomicReference<EmptyRule> reading = new AtomicReference<>(EmptyRule.DOCUMENT);

    /**
     * @param answerVerifier verifies answer signatures, or null when that is switched off (docs/decisions.md, decision 12); an answer
     *                       signed under either reading of "empty" is accepted (docs/decisions.md, decision 21)
     */
    CpayCalls(CpayMerchantApi api, JsonMapper json, String merchantId, CpaySigner signer,
              SignatureVerifier answerVerifier, RetryPolicy retry) {
        this.operations = new GeneratedOperations(CpayMerchantApi.class, api);
        this.json = json;
        this.merchantId = merchantId;
        this.signer = signer;
        this.answerVerifier = answerVerifier == null ? null : answerVerifier.acceptingEitherReading();
        this.retry = retry;
    }

    /**
     * Calls the generated operation of this operationId with these parameters, each under its wire name.
     *
     * @return the generated answer, or null when there was none
     */
    <R> R call(String operation, WireParams.Signed params, Class<R> answer) {
        return operations.call(operation, params, answer);
    }

    /** New parameters holding the configured merchantId. */
    WireParams params() {
        return new WireParams().with("merchantId", merchantId);
    }

    /** The form parameters of a generated request model, with the configured merchantId, signed. */
    WireParams.Signed signForm(Object requestModel) {
        return sign(WireParams.of(json, requestModel).with("merchantId", merchantId));
    }

    /** Signed under the reading of "empty" C-Pay last accepted ({@link EmptyRule#DOCUMENT} at first). */
    WireParams.Signed sign(WireParams params) {
        return params.signWith(signer, reading.get());
    }

    /** The reading of "empty" requests are signed under first. */
    EmptyRule reading() {
        return reading.get();
    }

    /** The verifier of answer signatures, or null when verification is switched off. */
    SignatureVerifier answerVerifier() {
        return answerVerifier;
    }

    /**
     * A GET, retried with backoff on connection failures, timeouts and HTTP 5xx.
     * <p>
     * Signature readings (docs/decisions.md, decision 21): when a parameter is {@code "0"} the two readings of "empty" give
     * two signatures. The GET is signed under the kept reading; if C-Pay refuses it for its signature
     * ({@link #refusedForSignature}), it is asked once more, the same parameters ({@code "0"} still sent) signed
     * under the other reading. If that answer is not a refusal for the signature, C-Pay accepted that reading: it
     * is kept and used first from then on. The second answer, whatever it is, is the answer. Without a
     * {@code "0"} both readings sign alike and nothing is asked again.
     *
     * @throws GatewayUnavailableException when every attempt failed (outcome known: a query changes nothing)
     */
    <D> Envelope<D> query(String operation, WireParams.Signed params,
                          Function<WireParams.Signed, Envelope<D>> call) {
        if (!params.readingsDiffer()) {
            return send(operation, params, call);
        }
        WireParams.Signed first = params.under(reading.get());
        Envelope<D> answer = send(operation, first, call);
        if (!refusedForSignature(answer)) {
            return answer;
        }
        WireParams.Signed second = first.under(first.rule().other());
        LOG.warn("C-Pay refused {} for its signature under the {} reading of \"empty\"; asking once more under the {} "
                + "reading", operation, first.rule().code(), second.rule().code());
        Envelope<D> again = send(operation, second, call);
        if (again.code() != null && !refusedForSignature(again)
                && reading.getAndSet(second.rule()) != second.rule()) {
            LOG.warn("C-Pay accepted {} signed under the {} reading of \"empty\"; requests are signed so from now on",
                    operation, second.rule().code());
        }
        return again;
    }

    /**
     * Whether C-Pay refused a request for its signature. The document (s.16) names no code for it: its only
     * codes are 0 ok and 1 fail (code 1 is every kind of refusal), so the code cannot tell and {@code msg} decides:
     * a refusal ({@code code != 0}) whose msg names the signature as a word, {@code sign} or {@code signature} in
     * any case ("verify sign fail" and "invalid param sign" in the document's Go demo; "sign verification
     * failed: ..." from the simulator) or {@code 签名}. Conservative on purpose: "design", "assigned" or
     * "signed" do not count, and a wrong guess costs at most one more GET.
     */
    static boolean refusedForSignature(Envelope<?> envelope) {
        return envelope.code() != null && envelope.code() != 0L && envelope.msg() != null
                && SIGNATURE_MESSAGE.matcher(envelope.msg()).find();
    }

    /** One GET (signed once), retried with backoff on connection failures, timeouts and HTTP 5xx. */
    private <D> Envelope<D> send(String operation, WireParams.Signed params,
                                 Function<WireParams.Signed, Envelope<D>> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Transport.invoke(operation, () -> call.apply(params));
            } catch (CpayCallException failure) {
                if (!failure.kind().transientForQueries() || attempt >= retry.maxAttempts()) {
                    throw unavailable(failure, false, attempt);
                }
                Duration wait = retry.delayBefore(attempt);
                LOG.warn("C-Pay {} failed ({}), attempt {} of {}; retrying in {} ms", operation, failure.kind(),
                        attempt, retry.maxAttempts(), wait.toMillis());
                pause(operation, wait);
            }
        }
    }

    /** One attempt of a POST: never retried here. */
    <D> Envelope<D> submitOnce(String operation, WireParams.Signed params,
                               Function<WireParams.Signed, Envelope<D>> call) {
        return Transport.invoke(operation, () -> call.apply(params));
    }

    /**
     * The data of a successful envelope, read into domain values.
     *
     * @param mutating whether the operation changes something at C-Pay (then an unreadable answer leaves
     *                 the outcome unknown)
     * @throws GatewayRejectedException    when {@code code != 0}
     * @throws GatewayUnavailableException when the envelope or its data cannot be read
     */
    <D, T> T read(String operation, Envelope<D> envelope, Function<D, T> reader, boolean mutating) {
        logAnswer(operation, envelope);
        if (envelope.code() == null) {
            throw unavailable(CpayCallException.of(Kind.INVALID_ENVELOPE, operation,
                    "C-Pay's answer to " + operation + " has no code"), mutating, 1);
        }
        if (!envelope.isSuccess()) {
            throw new GatewayRejectedException(envelope.code(), envelope.msg(), envelope.traceid());
        }
        return readData(operation, envelope.data(), reader, mutating);
    }

    /**
     * One line per answer, so that C-Pay's traceid of every call (not only of refusals) can be found in the logs
     * next to the caller's request id. Only the operation, the code and the traceid: never a parameter value.
     */
    private static void logAnswer(String operation, Envelope<?> envelope) {
        String previous = MDC.get(TRACE_ID_MDC_KEY);
        try {
            if (envelope.traceid() != null) {
                MDC.put(TRACE_ID_MDC_KEY, envelope.traceid());
            }
            LOG.info("C-Pay {} answered code {} traceid {}", operation, envelope.code(),
                    envelope.traceid() == null ? "-" : envelope.traceid());
        } finally {
            if (previous == null) {
                MDC.remove(TRACE_ID_MDC_KEY);
            } else {
                MDC.put(TRACE_ID_MDC_KEY, previous);
            }
        }
    }

    /** Reads answer data; anything that does not fit the domain makes the answer unreadable. */
    <D, T> T readData(String operation, D data, Function<D, T> reader, boolean mutating) {
        try {
            return reader.apply(data);
        } catch (GatewayRejectedException | GatewayUnavailableException e) {
            throw e;
        } catch (CpayCallException e) {
            throw unavailable(e, mutating, 1);
        } catch (DomainException e) {
            // domain messages never repeat values
            throw unavailable(CpayCallException.of(Kind.INVALID_DATA, operation,
                    "C-Pay's answer to " + operation + " cannot be read: " + e.getMessage()), mutating, 1);
        } catch (RuntimeException e) {
            throw unavailable(CpayCallException.of(Kind.INVALID_DATA, operation,
                    "C-Pay's answer to " + operation + " cannot be read (" + e.getClass().getSimpleName() + ")"),
                    mutating, 1);
        }
    }

    /** The failure as the domain sees it; the outcome is unknown when C-Pay may have acted on a mutation. */
    static GatewayUnavailableException unavailable(CpayCallException failure, boolean mutating, int attempts) {
        boolean outcomeUnknown = mutating && failure.kind().mayHaveReachedCpay();
        String message = failure.getMessage() + (attempts > 1 ? " (after " + attempts + " attempts)" : "")
                + (outcomeUnknown ? "; outcome unknown: ask getOrderDetail before trying again" : "");
        return new GatewayUnavailableException(message, outcomeUnknown, failure);
    }

    private static void pause(String operation, Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailableException("interrupted while waiting to retry " + operation, false,
                    CpayCallException.of(Kind.UNEXPECTED, operation, "interrupted"));
        }
    }
}
