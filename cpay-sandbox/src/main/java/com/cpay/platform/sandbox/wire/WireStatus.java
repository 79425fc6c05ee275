package com.cpay.platform.sandbox.wire;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import jakarta.inject.Singleton;

import java.io.IOException;

/** An order status code on the wire ("0", "11", "14", "15"), always written as a JSON string. */
public record WireStatus(String code) {

    @Override
    public String toString() {
        return code;
    }

    @Singleton
    static final class WireStatusSerde implements Serde<WireStatus> {

        @Override
        public WireStatus deserialize(Decoder decoder, DecoderContext context, Argument<? super WireStatus> type)
                throws IOException {
            return new WireStatus(decoder.decodeString());
        }

        @Override
        public WireStatus deserializeNullable(Decoder decoder, DecoderContext context,
                                              Argument<? super WireStatus> type) throws IOException {
            return decoder.decodeNull() ? null : deserialize(decoder, context, type);
        }

        @Override
        public void serialize(Encoder encoder, EncoderContext context, Argument<? extends WireStatus> type,
                              WireStatus value) throws IOException {
            encoder.encodeString(value.code());
        }
    }
}
