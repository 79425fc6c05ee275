package com.cpay.platform.app.error;

/**
 * The problem types this API answers ({@code type} = {@value #PREFIX} + {@link #code()}), each with its status
 * and fixed title (internal-api.yaml, schema Problem).
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "The request does not match the API description"),
    UNAUTHORIZED(401, "unauthorized", "A valid bearer token is required"),
    FORBIDDEN(403, "forbidden", "The API client lacks the scope this route needs"),
    NOT_FOUND(404, "not-found", "Not found"),
    NO_SUCH_RESOURCE(404, "no-such-resource", "There is nothing at this address"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "This method is not allowed here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    IDEMPOTENCY_KEY_IN_USE(409, "idempotency-key-in-use", "A request with this Idempotency-Key is in progress"),
    MERCHANT_TRADE_NO_TAKEN(409, "merchant-trade-no-taken", "The merchantTradeNo is already used"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "The request line is too long"),
    RATE_LIMITED(429, "rate-limited", "Too many requests from this API client"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "The request headers are too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The request's content type is not supported here"),
    RULE_VIOLATION(422, "rule-violation", "The request breaks a business rule"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "The Idempotency-Key was used for another request"),
    INTERNAL_ERROR(500, "internal-error", "The request could not be completed"),
    CPAY_REJECTED(502, "cpay-rejected", "C-Pay refused the request"),
    CPAY_UNAVAILABLE(503, "cpay-unavailable", "C-Pay did not answer"),
    OTHER(0, "error", "The request could not be completed");

    /** Every type starts with this. */
    public static final String PREFIX = "urn:cpay-platform:problem:";

    private final int status;
    private final String code;
    private final String title;

    ProblemType(int status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return PREFIX + code;
    }

    /** The type Micronaut's own errors of this status are reported as. */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NO_SUCH_RESOURCE;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> RULE_VIOLATION;
            case 429 -> RATE_LIMITED;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> CPAY_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : OTHER;
        };
    }
}
