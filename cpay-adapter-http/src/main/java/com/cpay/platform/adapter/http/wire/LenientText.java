package com.cpay.platform.adapter.http.wire;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * A response field that C-Pay sends sometimes as a JSON number and sometimes as a JSON string
 * (docs/decisions.md, decisions 8, 22, 24). It keeps the exact text either way, so a number such as
 * {@code 40000.123456789} is never squeezed through a double.
 */
public record LenientText(String text) {

    /** Reads a JSON string or number into its exact text; writes it back as a string. */
    @Singleton
    static final class LenientTextSerde implements Serde<LenientText> {

        @Override
        public LenientText deserialize(Decoder decoder, DecoderContext context, Argument<? super LenientText> type)
                throws IOException {
            return new LenientText(WireText.read(decoder));
        }

        @Override
        public LenientText deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super LenientText> type)
                throws IOException {
            return decoder.decodeNull() ? null : deserialize(decoder, context, type);
        }

        @Override
        public void serialize(Encoder encoder, EncoderContext context, Argument<? extends LenientText> type,
                              LenientText value) throws IOException {
            encoder.encodeString(value.text());
        }
    }
}
