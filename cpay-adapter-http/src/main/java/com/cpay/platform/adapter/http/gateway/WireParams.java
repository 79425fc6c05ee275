package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.EmptyRule;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one request by wire name, built once: read from a request model generated from the spec
 * ({@link #of}), or, for a GET (the spec names no model for query parameters), put together here.
 * {@link #signWith} signs exactly this map and the generated client method is then called with values read back
 * from the signed map ({@link GeneratedOperations}), so what is signed is what is sent. Null and empty values
 * are left out: they are neither signed nor sent (docs/decisions.md, decision 16). An optional parameter whose value
 * would be {@code "0"} is left out by its gateway (pwpp's {@code storeCc}), so that both readings of "empty" sign
 * the same string for it (docs/decisions.md, decision 21); a required one is always sent.
 */
final class WireParams {

    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * The form parameters of a generated request model: each property under its wire name, as serde writes it
     * (an enum as its wire value); properties left null or empty are not sent.
     */
    static WireParams of(JsonMapper json, Object requestModel) {
        JsonNode tree;
        try {
            tree = json.writeValueToTree(requestModel);
        } catch (IOException e) {
            throw new UncheckedIOException("the request model " + requestModel.getClass().getSimpleName()
                    + " cannot be read", e);
        }
        WireParams params = new WireParams();
        for (Map.Entry<String, JsonNode> property : tree.entries()) {
            JsonNode value = property.getValue();
            if (value.isNull()) {
                continue;
            }
            if (!value.isValueNode()) {
                throw new IllegalArgumentException(property.getKey() + " of a request model is not a form value");
            }
            params.with(property.getKey(), value.coerceStringValue());
        }
        return params;
    }

    /** A parameter sent whenever it has a value, {@code "0"} included (use it for required parameters). */
    WireParams with(String name, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(name, value);
        }
        return this;
    }

    /** Signed under the document's reading of "empty" ({@code "0"} is signed). */
    Signed signWith(CpaySigner signer) {
        return signWith(signer, EmptyRule.DOCUMENT);
    }

    /** Signed under this reading of "empty"; the parameters sent are the same under either reading. */
    Signed signWith(CpaySigner signer, EmptyRule rule) {
        return Signed.of(values, signer, rule);
    }

    /**
     * The signed parameters, {@code sign} included; {@link #get} answers null for a parameter not sent. It can
     * be signed again under the other reading of "empty" ({@link #under}): the same parameters are sent, only
     * {@code sign} differs, and only when a parameter is {@code "0"}.
     */
    static final class Signed {

        private final Map<String, String> unsigned;
        private final Map<String, String> values;
        private final CpaySigner signer;
        private final EmptyRule rule;

        private Signed(Map<String, String> unsigned, Map<String, String> values, CpaySigner signer, EmptyRule rule) {
            this.unsigned = unsigned;
            this.values = values;
            this.signer = signer;
            this.rule = rule;
        }

        static Signed of(Map<String, String> unsigned, CpaySigner signer, EmptyRule rule) {
            Objects.requireNonNull(signer, "signer");
            Objects.requireNonNull(rule, "rule");
            Map<String, String> copy = new LinkedHashMap<>(unsigned);
            copy.remove("sign");
            Map<String, String> signed = new LinkedHashMap<>(copy);
            signed.put("sign", signer.sign(copy, rule));
            return new Signed(Collections.unmodifiableMap(copy), Collections.unmodifiableMap(signed), signer, rule);
        }

        String get(String name) {
            return values.get(name);
        }

        /** Every parameter sent, {@code sign} included. */
        Map<String, String> values() {
            return values;
        }

        /** The reading of "empty" {@code sign} was made under. */
        EmptyRule rule() {
            return rule;
        }

        /** Whether the other reading would give another {@code sign} (a parameter is {@code "0"}). */
        boolean readingsDiffer() {
            return EmptyRule.readingsDiffer(unsigned);
        }

        /** The same parameters signed under this reading (this very object when it already is). */
        Signed under(EmptyRule reading) {
            return reading == rule ? this : of(unsigned, signer, reading);
        }

        // values may hold card data and the signature: never printed
        @Override
        public String toString() {
            return "Signed" + values.keySet();
        }
    }
}
