package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.signing.CpaySigner;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one request by wire name, built once. {@link #signWith} signs exactly this map and the
 * generated client method is then called with values read back from the signed map, so what is signed is
 * what is sent. Null and empty values are left out: they are neither signed nor sent (SPEC-DECISIONS row 16).
 */
final class WireParams {

    private final Map<String, String> values = new LinkedHashMap<>();

    WireParams with(String name, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(name, value);
        }
        return this;
    }

    WireParams with(String name, Optional<?> value) {
        return with(name, value.map(Object::toString).orElse(null));
    }

    /** {@code createTime}: epoch milliseconds as text (SPEC-DECISIONS row 22). */
    WireParams withTime(String name, Instant time) {
        return with(name, Long.toString(time.toEpochMilli()));
    }

    Signed signWith(CpaySigner signer) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put("sign", signer.sign(copy));
        return new Signed(Collections.unmodifiableMap(copy));
    }

    /** The signed parameters, {@code sign} included; {@link #get} answers null for a parameter not sent. */
    record Signed(Map<String, String> values) {

        String get(String name) {
            return values.get(name);
        }

        // values may hold card data and the signature: never printed
        @Override
        public String toString() {
            return "Signed" + values.keySet();
        }
    }
}
