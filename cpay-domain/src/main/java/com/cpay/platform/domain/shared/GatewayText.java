package com.cpay.platform.domain.shared;

import java.util.Optional;

/** Normalisation shared by the gateway answer records: C-Pay sends {@code ""} where it means "absent". */
public final class GatewayText {

    private GatewayText() {
    }

    /** The text if present and not blank; a null Optional counts as empty. */
    public static Optional<String> nonBlank(Optional<String> text) {
        return text == null ? Optional.empty() : text.filter(value -> !value.isBlank());
    }
}
