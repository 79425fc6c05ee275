package com.cpay.platform.app.logging;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The application's logging set-up, in code: one console line per event, key=value, with card numbers, CVVs,
 * signatures, keys and bearer tokens masked in the message and in stack traces, and the trace and span ids of the
 * span current on the logging thread (OpenTelemetry's MDC appender puts them in the event's MDC as {@code trace_id},
 * {@code span_id} and {@code trace_flags}, so both formats carry them). In code rather than logback.xml
 * because the XML configurator costs about a tenth of the app's start-up (its parser and actions are ~600 classes)
 * and because the masking converter cannot be left out by a mistaken edit.
 *
 * <p>{@code cpay.logging.format} chooses the line format: {@code text} (default, the pattern below) or {@code json}
 * ({@link JsonLineLayout}). The configurator reads it from the system property or the environment variable
 * {@code CPAY_LOGGING_FORMAT}, so that even the first lines of start-up have it; {@link LogFormatSetting} applies a
 * value given in Micronaut's configuration once that is read.
 *
 * <p>An explicit configuration still wins: {@code -Dlogback.configurationFile=...} or a {@code logback-test.xml}
 * on the classpath hands over to logback's own configurators. Levels can also be changed with Micronaut's
 * {@code logger.levels.*} keys.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public class ConsoleLogConfigurator extends ContextAwareBase implements Configurator {

    /** The console appender's name, as tests and operators refer to it. */
    public static final String APPENDER_NAME = "STDOUT";
    /** The root logger's one appender: adds the current span's ids to each event, then hands it to the console. */
    public static final String TRACE_CONTEXT_APPENDER_NAME = "TRACE_CONTEXT";

    /**
     * time, level, thread, logger, request id (X-Request-Id), C-Pay traceid, trace and span id (OpenTelemetry,
     * {@code -} outside any span), the masked message, masked stack.
     */
    public static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX,UTC} level=%-5level thread=%thread "
            + "logger=%logger{36} requestId=%X{requestId:--} cpayTraceId=%X{cpayTraceId:--} "
            + "trace_id=%X{trace_id:--} span_id=%X{span_id:--} "
            + "msg=\"%replace(%mask(%msg)){'\"','\\\\\"'}\"%n%mask(%ex)";

    /** Libraries that are chatty at INFO during start-up. */
    private static final Map<String, Level> QUIET = Map.of(
            "io.micronaut.context.env", Level.WARN,
            "org.flywaydb", Level.WARN,
            "com.zaxxer.hikari", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null
                || getClass().getClassLoader().getResource(ClassicConstants.TEST_AUTOCONFIG_FILE) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        registerMaskConversionWord(context);

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(APPENDER_NAME);
        console.setEncoder(encoder(context, LogFormat.fromEnvironment()));
        console.start();

        // the MDC appender reads the span current on the logging thread, so the console must stay synchronous
        // (an async appender would read it on its own thread, where no span is current)
        OpenTelemetryAppender traceContext = new OpenTelemetryAppender();
        traceContext.setContext(context);
        traceContext.setName(TRACE_CONTEXT_APPENDER_NAME);
        traceContext.addAppender(console);
        traceContext.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(traceContext);
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Switches the console appender this configurator made to {@code format}; does nothing when logging was
     * configured otherwise (an explicit logback file) or already has that format.
     *
     * @return whether the format changed
     */
    public static boolean useFormat(LoggerContext context, LogFormat format) {
        Optional<ConsoleAppender<ILoggingEvent>> found = console(context);
        if (found.isEmpty() || LogFormat.of(found.get().getEncoder()) == format) {
            return false;
        }
        ConsoleAppender<ILoggingEvent> console = found.get();
        Encoder<ILoggingEvent> previous = console.getEncoder();
        console.setEncoder(encoder(context, format));
        previous.stop();
        return true;
    }

    /** The console appender this configurator made, if it configured {@code context}. */
    public static Optional<ConsoleAppender<ILoggingEvent>> console(LoggerContext context) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(TRACE_CONTEXT_APPENDER_NAME) instanceof OpenTelemetryAppender traceContext
                && traceContext.getAppender(APPENDER_NAME) instanceof ConsoleAppender<ILoggingEvent> console) {
            return Optional.of(console);
        }
        return Optional.empty();
    }

    private static Encoder<ILoggingEvent> encoder(LoggerContext context, LogFormat format) {
        if (format == LogFormat.JSON) {
            JsonLineLayout layout = new JsonLineLayout();
            layout.setContext(context);
            layout.start();
            LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
            encoder.setContext(context);
            encoder.setLayout(layout);
            encoder.start();
            return encoder;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        return encoder;
    }

    /** {@code %mask(...)}, for this pattern and for any encoder later made in the same context. */
    @SuppressWarnings("unchecked")
    private static void registerMaskConversionWord(LoggerContext context) {
        Map<String, String> registry = (Map<String, String>) context.getObject(CoreConstants.PATTERN_RULE_REGISTRY);
        if (registry == null) {
            registry = new HashMap<>();
            context.putObject(CoreConstants.PATTERN_RULE_REGISTRY, registry);
        }
        registry.put("mask", MaskingConverter.class.getName());
    }
}
