package com.cpay.platform.sandbox.junit;

import com.cpay.platform.sandbox.journal.RequestRecord;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request the simulated C-Pay received on its merchant API, accepted or refused, and what it answered.
 *
 * @param operation     the operationId of cpay-merchant-api.yaml (withdraw, createOrder, getOrderDetail...)
 * @param method        GET or POST
 * @param path          the path, e.g. {@code /openapi/v1/withdraw}
 * @param fields        the query or form fields as received, {@code sign} left out; card number, CVV and expiry
 *                      masked
 * @param signature     {@code valid}, {@code invalid}, {@code missing} or {@code unchecked} (unknown merchant, fault)
 * @param code          the envelope code answered (0 success); null when the answer was no envelope (HTTP error fault)
 * @param refusalReason null when accepted; else {@code invalid-signature}, {@code invalid-parameter},
 *                      {@code rejected}, {@code fault}... (cpay-sandbox/README.md, "Request log")
 * @param fault         the injected fault that shaped the answer, if any, e.g. {@code HTTP_ERROR 502}
 */
public record ReceivedRequest(long id, String operation, String method, String path, Map<String, String> fields,
                              String signature, int httpStatus, Long code, String msg, String refusalReason,
                              String fault) {

    static ReceivedRequest of(RequestRecord record) {
        return new ReceivedRequest(record.id(), record.operation(), record.method(), record.path(),
                Collections.unmodifiableMap(new LinkedHashMap<>(record.parameters())), record.signature(),
                record.httpStatus(), record.code(), record.msg(),
                record.refusalReason(), record.fault());
    }

    /** A field as received, or null. */
    public String field(String name) {
        return fields.get(name);
    }

    public boolean signatureValid() {
        return "valid".equals(signature);
    }

    /** Accepted: signed correctly, valid, no fault, answered code 0. */
    public boolean accepted() {
        return refusalReason == null;
    }
}
