package com.cpay.platform.app.idempotency;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;

/**
 * Which API client made a call: idempotency keys belong to one client, so two clients that happen to choose the same
 * key never see each other's answers. The value is derived from the client's credential (a digest, never the
 * credential itself).
 *
 * @param value 1 to 64 characters, no {@code |} (stores use it to join the client to the key)
 */
public record ApiClientId(String value) {

    public static final String FIELD = "apiClient";

    public ApiClientId {
        Checks.text(FIELD, value, 64);
        if (value.indexOf('|') >= 0) {
            throw ValidationException.of(FIELD, "pattern", "an API client id has no '|'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
