package com.cpay.platform.sandbox.api;

/**
 * Why a request was refused, as the request log ({@code refusalReason}) names it; {@code code} and {@code msg} of
 * the log record say what the client was answered.
 */
final class Refusals {

    /** No such operation under /openapi/v1/. */
    static final String UNKNOWN_OPERATION = "unknown-operation";
    /** A POST whose body is not application/x-www-form-urlencoded. */
    static final String NOT_A_FORM = "not-a-form";
    static final String MISSING_MERCHANT = "missing-merchant";
    static final String UNKNOWN_MERCHANT = "unknown-merchant";
    static final String MISSING_SIGNATURE = "missing-signature";
    /** The sign does not match the parameters under the merchant's key and the signature-empty-rule. */
    static final String INVALID_SIGNATURE = "invalid-signature";
    /** An injected fault answered instead of the gateway (HTTP_ERROR, ENVELOPE_ERROR); {@code fault} says which. */
    static final String FAULT = "fault";
    /** A parameter missing, not converting, or breaking a constraint of the spec. */
    static final String INVALID_PARAMETER = "invalid-parameter";
    /** The operation refused it: a rule of the gateway (amount, address, duplicate, balance, declined card...). */
    static final String REJECTED = "rejected";
    /** The simulator itself failed. */
    static final String INTERNAL_ERROR = "internal-error";

    private Refusals() {
    }
}
