package com.cpay.platform.adapter.http.pact;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.SecretKey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the contract writes C-Pay's wire format (cpay-merchant-api.yaml, docs/decisions.md, decision 1): GET parameters in
 * the query, POST parameters as an {@code application/x-www-form-urlencoded} body, answers as the JSON envelope.
 * Every request carries {@code sign}, matched by {@link #SIGN}; its recorded example is the real HMAC over the
 * recorded parameters with the key of contracts/pact-merchant.properties, so the provider (the simulator) really
 * checks it. {@code createTime} is matched as digits.
 */
final class Wire {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String PREFIX = "/openapi/v1/";

    static final String SIGN = "^[0-9a-f]{64}$";
    static final String DIGITS = "^[0-9]{1,20}$";
    static final String DECIMAL = "^[0-9]+(\\.[0-9]+)?$";
    static final String ORDER_ID = "^[0-9]{10,32}$";
    // an open set (docs/decisions.md, decision 27): any code, so that a new status of C-Pay does not break the contract
    static final String STATUS = "^-?[0-9]{1,9}$";
    static final String TRACE_ID = "^[0-9A-Za-z]{6,64}$";
    static final String URL = "^https?://\\S+$";
    static final String ASSET = "^[A-Z0-9]{1,16}$";
    static final String TRACE_EXAMPLE = "221117074719X9921729";

    // reasons of refusals (see refusal)
    static final String DUPLICATE = "(?i).*(already exists|duplicate|repeat).*";
    static final String INSUFFICIENT = "(?i).*(insufficient|not enough|balance).*";
    static final String UNKNOWN_MERCHANT = "(?i).*merchant.*";
    static final String BAD_SIGN = "(?i).*sign.*";
    static final String NO_RATE = "(?i).*rate.*";
    static final String NOT_FOUND = "(?i).*(not found|not exist|no such).*";

    private Wire() {
    }

    /** Parameters in the order given, then {@code sign} over them with the key (section 16). */
    static Map<String, String> signedWith(String key, String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        params.put("sign", new CpaySigner(SecretKey.of(key)).sign(params));
        return params;
    }

    static Map<String, String> signed(String... namesAndValues) {
        return signedWith(PactContract.SECRET_KEY, namesAndValues);
    }

    /** A GET with its parameters in the query string; {@code sign} matched by regex. */
    static PactDslRequestWithPath get(PactDslRequestWithoutPath request, String operation, Map<String, String> params) {
        PactDslRequestWithPath get = request.method("GET").path(PREFIX + operation);
        params.forEach((name, value) -> {
            if ("sign".equals(name)) {
                get.matchQuery(name, SIGN, value);
            } else {
                get.query.put(name, new ArrayList<>(List.of(value)));
            }
        });
        return get;
    }

    /** A POST with a form body (recorded with its content type); {@code sign} and {@code createTime} matched by regex. */
    static PactDslRequestWithPath post(PactDslRequestWithoutPath request, String operation, Map<String, String> params) {
        PactDslRequestWithPath post = request.method("POST").path(PREFIX + operation).body(form(params), FORM);
        MatchingRuleCategory body = post.requestMatchers.addCategory("body");
        body.addRule("$.sign", new RegexMatcher(SIGN, params.get("sign")));
        if (params.containsKey("createTime")) {
            body.addRule("$.createTime", new RegexMatcher(DIGITS, params.get("createTime")));
        }
        return post;
    }

    /** HTTP 200 with a JSON envelope, as C-Pay answers successes and refusals alike. */
    static PactDslResponse answer(PactDslRequestWithPath request, DslPart envelope) {
        return request.willRespondWith().status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(envelope);
    }

    /** {@code code 0} and a message; the caller adds {@code data} and, where C-Pay sends one, the trace id. */
    static PactDslJsonBody success(String msg) {
        return new PactDslJsonBody().numberValue("code", 0).stringType("msg", msg);
    }

    static PactDslJsonBody traceId(PactDslJsonBody envelope) {
        return envelope.stringMatcher("traceid", TRACE_ID, TRACE_EXAMPLE);
    }

    /**
     * A refusal: a non-zero code, a trace id, and C-Pay's message. The consumer reads only the code; the message
     * is matched by a loose, case-insensitive pattern naming the reason, so that the provider cannot satisfy the
     * interaction by refusing for another reason (a bad signature instead of a duplicate, say).
     */
    static PactDslJsonBody refusal(long code, String reasonPattern, String msgExample) {
        return traceId(new PactDslJsonBody().numberValue("code", code).stringMatcher("msg", reasonPattern, msgExample));
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
