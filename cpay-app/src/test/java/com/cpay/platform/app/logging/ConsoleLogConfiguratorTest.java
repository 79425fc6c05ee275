package com.cpay.platform.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleLogConfiguratorTest {

    @Test
    void console_lines_are_key_value_with_card_data_and_secrets_masked_in_message_and_stack_trace() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        ConsoleLogConfigurator configurator = new ConsoleLogConfigurator();
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.flywaydb.core.Flyway").getEffectiveLevel()).isEqualTo(Level.WARN);
        @SuppressWarnings("unchecked")
        ConsoleAppender<ILoggingEvent> console =
                (ConsoleAppender<ILoggingEvent>) root.getAppender(ConsoleLogConfigurator.APPENDER_NAME);
        assertThat(console.isStarted()).isTrue();

        Logger logger = context.getLogger("com.cpay.platform.app.Example");
        MDC.put("requestId", "req-42");
        LoggingEvent event;
        try {
            event = new LoggingEvent(Logger.class.getName(), logger, Level.ERROR,
                    "paying with 4111 1111 1111 1111 cvv=123 \"quoted\"",
                    new IllegalStateException("card 5555555555554444 refused, sign=abcdef"), null);
            event.prepareForDeferredProcessing();
        } finally {
            MDC.remove("requestId");
        }
        String line = new String(((PatternLayoutEncoder) console.getEncoder()).encode(event), StandardCharsets.UTF_8);

        assertThat(line).contains("level=ERROR", "logger=com.cpay.platform.app.Example", "requestId=req-42",
                "cpayTraceId=-", "msg=\"paying with 411111******1111 cvv=*** \\\"quoted\\\"\"",
                "card 555555******4444 refused, sign=***");
        assertThat(line).doesNotContain("4111 1111 1111 1111", "5555555555554444", "abcdef", "=123");
    }

    @Test
    void an_explicit_configuration_file_takes_over() {
        LoggerContext context = new LoggerContext();
        ConsoleLogConfigurator configurator = new ConsoleLogConfigurator();
        configurator.setContext(context);
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "ops-logback.xml");
        try {
            assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(ConsoleLogConfigurator.APPENDER_NAME))
                    .isNull();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
