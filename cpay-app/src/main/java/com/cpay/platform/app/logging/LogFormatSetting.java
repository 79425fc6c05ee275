package com.cpay.platform.app.logging;

import ch.qos.logback.classic.LoggerContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code cpay.logging.format} from Micronaut's configuration (application.properties, a profile, an
 * environment variable) to the console, at start-up; an unknown value stops the start with a message naming the key.
 */
@Context
public class LogFormatSetting {

    private final LogFormat format;

    public LogFormatSetting(@Value("${" + LogFormat.KEY + ":text}") String format) {
        this.format = LogFormat.of(format);
        ILoggerFactory loggers = LoggerFactory.getILoggerFactory();
        if (loggers instanceof LoggerContext context) {
            ConsoleLogConfigurator.useFormat(context, this.format);
        }
    }

    public LogFormat format() {
        return format;
    }
}
