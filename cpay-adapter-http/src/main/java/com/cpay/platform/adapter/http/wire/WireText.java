package com.cpay.platform.adapter.http.wire;

import io.micronaut.serde.Decoder;

import java.io.IOException;

/** The one place that turns a JSON scalar into its exact text. */
final class WireText {

    private WireText() {
    }

    static String read(Decoder decoder) throws IOException {
        // decodeString coerces numbers from their source text, so no precision is lost on the way
        return decoder.decodeString();
    }
}
