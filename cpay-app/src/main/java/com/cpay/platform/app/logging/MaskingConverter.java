package com.cpay.platform.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/** {@code %mask(...)} in logback patterns: {@link Masking#mask} over the enclosed output (message, exception). */
public class MaskingConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return Masking.mask(in);
    }
}
