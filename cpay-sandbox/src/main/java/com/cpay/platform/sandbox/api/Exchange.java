package com.cpay.platform.sandbox.api;

import com.cpay.platform.sandbox.fault.FaultKind;
import io.micronaut.http.context.ServerRequestContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the gateway filter learned about one request, kept as a request attribute until the response. */
final class Exchange {

    static final String ATTRIBUTE = "cpay.sandbox.exchange";

    final String operation;
    final Map<String, String> parameters;
    String merchantId;
    String signature = "unchecked";
    String fault;
    /** A fault that acts on the response: DROP_CONNECTION or MALFORMED_JSON. */
    FaultKind responseFault;
    /** The filter answered itself (a check failed or a fault answered): the response is already final. */
    boolean answeredByFilter;
    /** {@code callbackURL}, {@code callBackURL} (or both, comma-separated): the spelling the request used. */
    String callbackParameter;
    /** Why the request was refused ({@link Refusals}), when it was. */
    String refusalReason;
    /** Written to the request log already. */
    boolean recorded;

    Exchange(String operation, Map<String, String> parameters) {
        this.operation = operation;
        this.parameters = parameters;
        this.merchantId = parameters.get("merchantId");
    }

    /** The exchange of the request being handled on this thread, if any. */
    static Optional<Exchange> current() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getAttribute(ATTRIBUTE, Exchange.class));
    }

    /** The parameters as the request log shows them: card data masked, {@code sign} left out. */
    Map<String, String> loggableParameters() {
        Map<String, String> shown = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if ("sign".equals(name)) {
                return;
            }
            if ("cardNumber".equals(name)) {
                shown.put(name, com.cpay.platform.sandbox.rules.Cards.mask(value));
            } else if (Operations.SENSITIVE.contains(name)) {
                shown.put(name, "***");
            } else {
                shown.put(name, value);
            }
        });
        return shown;
    }
}
