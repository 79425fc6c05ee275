package com.cpay.platform.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.read.ListAppender;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender;
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
        ConsoleAppender<ILoggingEvent> console = ConsoleLogConfigurator.console(context).orElseThrow();
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
    void a_line_logged_inside_a_span_carries_its_trace_and_span_id_in_both_formats() {
        LoggerContext context = JsonLogLinesTest.configured();
        // what reaches the console: the root logger's appender hands the event on after adding the ids
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        ((OpenTelemetryAppender) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender(ConsoleLogConfigurator.TRACE_CONTEXT_APPENDER_NAME)).addAppender(seen);
        Logger logger = context.getLogger("com.cpay.platform.app.Example");
        // a trace id whose hex holds a Luhn-valid run of 16 digits, which masking would take for a card number
        String traceId = "abc4111111111111111def0123456789";
        String spanId = "00f067aa0ba902b7";
        SpanContext span = SpanContext.create(traceId, spanId, TraceFlags.getSampled(), TraceState.getDefault());

        logger.info("outside any span");
        try (Scope ignored = Span.wrap(span).makeCurrent()) {
            logger.info("inside a span");
        }

        ConsoleAppender<ILoggingEvent> console = ConsoleLogConfigurator.console(context).orElseThrow();
        assertThat(new String(console.getEncoder().encode(seen.list.get(0)), StandardCharsets.UTF_8))
                .contains("trace_id=- span_id=- msg=\"outside any span\"");
        assertThat(new String(console.getEncoder().encode(seen.list.get(1)), StandardCharsets.UTF_8))
                .contains("trace_id=" + traceId + " span_id=" + spanId + " msg=\"inside a span\"");
        ConsoleLogConfigurator.useFormat(context, LogFormat.JSON);
        assertThat(new String(console.getEncoder().encode(seen.list.get(1)), StandardCharsets.UTF_8))
                .contains("\"trace_id\":\"" + traceId + "\"", "\"span_id\":\"" + spanId + "\"",
                        "\"trace_flags\":\"01\"");
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
            assertThat(ConsoleLogConfigurator.console(context)).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
