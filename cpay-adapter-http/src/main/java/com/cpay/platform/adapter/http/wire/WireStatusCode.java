package com.cpay.platform.adapter.http.wire;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * An order status code as C-Pay sent it. Kept raw, because a code the document does not list
 * must be surfaced rather than crash the read (docs/decisions.md, decision 18); the domain decides what it means.
 */
public record WireStatusCode(String raw) {

    /** Reads a JSON string or number; writes a string, as C-Pay does. */
    @Singleton
    static final class WireStatusCodeSerde implements Serde<WireStatusCode> {

        @Override
        public WireStatusCode deserialize(Decoder decoder, DecoderContext context, Argument<? super WireStatusCode> type)
                throws IOException {
            return new WireStatusCode(WireText.read(decoder));
        }

        @Override
        public WireStatusCode deserializeNullable(Decoder decoder, DecoderContext context,
                                                  Argument<? super WireStatusCode> type) throws IOException {
            return decoder.decodeNull() ? null : deserialize(decoder, context, type);
        }

        @Override
        public void serialize(Encoder encoder, EncoderContext context, Argument<? extends WireStatusCode> type,
                              WireStatusCode value) throws IOException {
            encoder.encodeString(value.raw());
        }
    }
}
