package com.cpay.platform.sandbox.journal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * One request received on the C-Pay API, accepted or refused, and what it was answered. Card number, CVV and
 * expiry are masked and {@code sign} is not kept (only whether it was valid).
 *
 * @param signature         {@code valid}, {@code invalid}, {@code missing}, or {@code unchecked} (unknown merchant,
 *                          fault)
 * @param callbackParameter the spelling the callback URL came under: {@code callbackURL}, {@code callBackURL}, or
 *                          both comma-separated; null when the operation takes none or none was sent
 * @param fault             the fault applied to this request, if any
 * @param code              the envelope code answered (null when the answer was no envelope: an HTTP_ERROR fault)
 * @param refusalReason     null when the request was accepted; else why it was refused: {@code unknown-operation},
 *                          {@code not-a-form}, {@code missing-merchant}, {@code unknown-merchant},
 *                          {@code missing-signature}, {@code invalid-signature}, {@code fault} (an injected
 *                          HTTP_ERROR or ENVELOPE_ERROR), {@code invalid-parameter}, {@code rejected} (a rule of the
 *                          operation: amount, address, duplicate, balance, declined card...), {@code internal-error}
 * @param response          the response body as sent (before a malformed-JSON fault cut it), at most 8000 characters
 */
@Serdeable
public record RequestRecord(long id, long at, String operation, String method, String path,
                            @Nullable String merchantId, Map<String, String> parameters, String signature,
                            @Nullable String callbackParameter, @Nullable String fault, int httpStatus,
                            @Nullable Long code, @Nullable String msg, @Nullable String refusalReason,
                            @Nullable String response) {
}
