package com.cpay.platform.app.idempotency;

import com.cpay.platform.domain.shared.Checks;

/**
 * The response of a completed idempotent call, stored to be replayed. Never holds card data: responses of
 * card payments carry the masked card only.
 *
 * @param status      the status code answered (HTTP semantics, 100 to 599)
 * @param contentType the media type of the body
 * @param body        the body text
 */
public record StoredResponse(int status, String contentType, String body) {

    public StoredResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be between 100 and 599");
        }
        Checks.required("contentType", contentType);
        Checks.required("body", body);
    }
}
