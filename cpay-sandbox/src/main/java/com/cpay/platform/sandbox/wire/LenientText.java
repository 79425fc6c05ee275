package com.cpay.platform.sandbox.wire;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A response field the document shows sometimes as a JSON string and sometimes as a JSON number
 * (docs/decisions.md, decision 8). The simulator writes it the way the document's example of the operation does,
 * so that clients meet both forms: {@link #text} as a string, {@link #number} as a number (exact digits).
 */
public record LenientText(String value, boolean asNumber) {

    public static LenientText text(String value) {
        return value == null ? null : new LenientText(value, false);
    }

    /** Written as a JSON number when the text is a plain decimal, as a string otherwise. */
    public static LenientText number(String value) {
        return value == null ? null : new LenientText(value, value.matches("-?[0-9]+(\\.[0-9]+)?"));
    }

    @Override
    public String toString() {
        return value;
    }

    /** Reads a JSON string or number into its exact text; writes text or number as chosen. */
    @Singleton
    static final class LenientTextSerde implements Serde<LenientText> {

        @Override
        public LenientText deserialize(Decoder decoder, DecoderContext context, Argument<? super LenientText> type)
                throws IOException {
            return new LenientText(decoder.decodeString(), false);
        }

        @Override
        public LenientText deserializeNullable(Decoder decoder, DecoderContext context,
                                               Argument<? super LenientText> type) throws IOException {
            return decoder.decodeNull() ? null : deserialize(decoder, context, type);
        }

        @Override
        public void serialize(Encoder encoder, EncoderContext context, Argument<? extends LenientText> type,
                              LenientText value) throws IOException {
            if (value.asNumber()) {
                encoder.encodeBigDecimal(new BigDecimal(value.value()));
            } else {
                encoder.encodeString(value.value());
            }
        }
    }
}
