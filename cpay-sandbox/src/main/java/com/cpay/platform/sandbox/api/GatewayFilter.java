package com.cpay.platform.sandbox.api;

import com.cpay.platform.sandbox.config.Merchant;
import com.cpay.platform.sandbox.config.MerchantRegistry;
import com.cpay.platform.sandbox.fault.FaultBook;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultRule;
import com.cpay.platform.sandbox.journal.Journal;
import com.cpay.platform.sandbox.journal.RequestRecord;
import com.cpay.platform.sandbox.signing.EmptyRule;
import com.cpay.platform.sandbox.signing.SectionSixteen;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's front door for {@code /openapi/v1/**}: reads every parameter, applies the faults that act
 * before handling (latency, HTTP error, envelope error), checks the merchant and the signature over all
 * parameters but {@code sign}, and answers failures as C-Pay does (HTTP 200, envelope code 1, a message naming
 * the problem). Every request is logged, refused or not, with the reason of a refusal ({@link Refusals}): those
 * this filter answers when it answers them, the others after handling. After handling it also turns any framework
 * error into an envelope, and applies the faults that act on the response (malformed JSON, dropped connection).
 */
@ServerFilter(Operations.PREFIX + "**")
final class GatewayFilter {

    private final MerchantRegistry merchants;
    private final FaultBook faults;
    private final Journal journal;
    private final JsonMapper json;

    GatewayFilter(MerchantRegistry merchants, FaultBook faults, Journal journal, JsonMapper json) {
        this.merchants = merchants;
        this.faults = faults;
        this.journal = journal;
        this.json = json;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> before(HttpRequest<?> request, @Nullable @Body String body) {
        Exchange exchange = new Exchange(Operations.of(request.getPath()), FormParameters.of(request, body));
        request.setAttribute(Exchange.ATTRIBUTE, exchange);
        if (!Operations.ALL.contains(exchange.operation)) {
            return refuse(request, exchange, Refusals.UNKNOWN_OPERATION,
                    Envelopes.failure(1, "unknown operation " + request.getPath()));
        }
        HttpResponse<?> faulted = faultBeforeHandling(request, exchange);
        if (faulted != null) {
            return faulted;
        }
        return check(request, exchange);
    }

    private HttpResponse<?> faultBeforeHandling(HttpRequest<?> request, Exchange exchange) {
        String operation = exchange.operation;
        Optional<FaultRule> latency = faults.draw(operation, FaultKind.LATENCY);
        if (latency.isPresent()) {
            exchange.fault = "LATENCY " + latency.get().latencyMs() + "ms";
            sleep(latency.get().latencyMs());
        }
        Optional<FaultRule> httpError = faults.draw(operation, FaultKind.HTTP_ERROR);
        if (httpError.isPresent()) {
            exchange.fault = "HTTP_ERROR " + httpError.get().httpStatus();
            exchange.answeredByFilter = true;
            exchange.refusalReason = Refusals.FAULT;
            HttpStatus status = statusOf(httpError.get().httpStatus());
            String text = status.getCode() + " " + status.getReason();
            record(exchange, request, status.getCode(), text);
            return HttpResponse.status(status).contentType(MediaType.TEXT_PLAIN_TYPE).body(text);
        }
        Optional<FaultRule> envelopeError = faults.draw(operation, FaultKind.ENVELOPE_ERROR);
        if (envelopeError.isPresent()) {
            FaultRule rule = envelopeError.get();
            exchange.fault = "ENVELOPE_ERROR " + rule.code();
            return refuse(request, exchange, Refusals.FAULT, "pwpp".equals(operation)
                    ? Envelopes.pwppFailure(rule.code(), rule.msg()) : Envelopes.failure(rule.code(), rule.msg()));
        }
        for (FaultKind kind : new FaultKind[] {FaultKind.DROP_CONNECTION, FaultKind.MALFORMED_JSON}) {
            if (faults.draw(operation, kind).isPresent()) {
                exchange.fault = kind.name();
                exchange.responseFault = kind;
                break;
            }
        }
        return null;
    }

    /**
     * The checks C-Pay makes before an operation: a form body, a known merchant, a valid signature.
     * @return the refusal, or null to go on to the operation
     */
    private HttpResponse<?> check(HttpRequest<?> request, Exchange exchange) {
        if ("POST".equals(request.getMethodName()) && !FormParameters.isForm(request)) {
            return refuse(request, exchange, Refusals.NOT_A_FORM, Envelopes.failure(1,
                    "the request body must be application/x-www-form-urlencoded, not "
                            + request.getContentType().map(MediaType::getName).orElse("missing")));
        }
        String merchantId = exchange.parameters.get("merchantId");
        if (merchantId == null || merchantId.isEmpty()) {
            return refuse(request, exchange, Refusals.MISSING_MERCHANT, Envelopes.failure(1, "merchantId is required"));
        }
        Optional<Merchant> merchant = merchants.find(merchantId);
        if (merchant.isEmpty()) {
            return refuse(request, exchange, Refusals.UNKNOWN_MERCHANT,
                    Envelopes.failure(1, "merchantId " + merchantId + " is not a known merchant"));
        }
        SectionSixteen.Verdict verdict = merchant.get().verify(exchange.parameters);
        exchange.signature = verdict.key();
        if (verdict == SectionSixteen.Verdict.MISSING) {
            return refuse(request, exchange, Refusals.MISSING_SIGNATURE, Envelopes.failure(1, "sign is required"));
        }
        if (verdict == SectionSixteen.Verdict.INVALID) {
            String leftOut = merchant.get().emptyRule() == EmptyRule.PHP
                    ? "those empty or \"0\" (PHP empty())" : "empty ones";
            return refuse(request, exchange, Refusals.INVALID_SIGNATURE, Envelopes.failure(1,
                    "sign verification failed: sign must be HMAC-SHA256 over every parameter received but sign and "
                            + leftOut + ", sorted by name"));
        }
        return null;
    }

    @ResponseFilter
    void after(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Exchange exchange = request.getAttribute(Exchange.ATTRIBUTE, Exchange.class).orElse(null);
        if (exchange == null || exchange.recorded) {
            // a refusal of this filter was recorded when it was made (the framework may not run this for it)
            return;
        }
        if (!exchange.answeredByFilter && response.code() != 200) {
            // whatever the framework made of it (415, 400, 500...), C-Pay answers 200 with an envelope
            String message = ErrorMessages.describe(response, json);
            exchange.refusalReason = response.code() >= 500 ? Refusals.INTERNAL_ERROR : Refusals.INVALID_PARAMETER;
            response.status(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON_TYPE).body(Envelopes.failure(1, message));
        }
        String text = text(response.getBody().orElse(null));
        record(exchange, request, response.code(), text);
        if (exchange.responseFault == FaultKind.MALFORMED_JSON) {
            byte[] cut = Arrays.copyOf(text.getBytes(StandardCharsets.UTF_8), Math.max(1, text.length() / 2));
            response.contentType(MediaType.APPLICATION_JSON_TYPE).body(cut);
        } else if (exchange.responseFault == FaultKind.DROP_CONNECTION && request instanceof NettyHttpRequest<?> netty) {
            netty.getChannelHandlerContext().channel().close();
        }
    }

    /** Answers a refusal (HTTP 200 with the envelope) without handling the request, and records it now. */
    private HttpResponse<?> refuse(HttpRequest<?> request, Exchange exchange, String reason, Object envelope) {
        exchange.answeredByFilter = true;
        exchange.refusalReason = reason;
        record(exchange, request, HttpStatus.OK.getCode(), text(envelope));
        return HttpResponse.ok(envelope).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private void record(Exchange exchange, HttpRequest<?> request, int httpStatus, String text) {
        exchange.recorded = true;
        Long code = null;
        String msg = null;
        try {
            Map<String, Object> envelope = json.readValue(text, io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
            code = envelope.get("code") instanceof Number number ? number.longValue() : null;
            msg = envelope.get("msg") == null ? null : envelope.get("msg").toString();
        } catch (IOException | RuntimeException e) {
            // not an envelope (HTTP error fault): the record keeps the text
        }
        String shown = text.length() > 8000 ? text.substring(0, 8000) : text;
        String refusal = exchange.refusalReason;
        if (refusal == null && (httpStatus != HttpStatus.OK.getCode() || (code != null && code != 0))) {
            refusal = Refusals.REJECTED;
        }
        journal.record(new RequestRecord(journal.nextId(), System.currentTimeMillis(), exchange.operation,
                request.getMethodName(), request.getPath(), exchange.merchantId, exchange.loggableParameters(),
                exchange.signature, exchange.callbackParameter, exchange.fault, httpStatus, code, msg, refusal, shown));
    }

    private String text(Object body) {
        if (body == null) {
            return "";
        }
        if (body instanceof CharSequence chars) {
            return chars.toString();
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            return String.valueOf(body);
        }
    }

    private static HttpStatus statusOf(int code) {
        try {
            return HttpStatus.valueOf(code);
        } catch (IllegalArgumentException e) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
