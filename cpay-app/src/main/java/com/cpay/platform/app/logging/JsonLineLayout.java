package com.cpay.platform.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.LayoutBase;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code cpay.logging.format=json}: one JSON object per line, for log shippers that index fields instead of parsing
 * text. Fields: {@code time} (ISO-8601 UTC), {@code level}, {@code thread}, {@code logger}, every MDC entry
 * (request id, C-Pay trace id, OpenTelemetry's {@code trace_id}, {@code span_id}, {@code trace_flags}) under its
 * own name, {@code message} and, when there is one, {@code stack}. The message, the MDC values and the stack pass
 * through {@link Masking} before they are escaped, so the JSON lines hide exactly what the text lines hide; the
 * trace context's ids are the exception.
 */
public final class JsonLineLayout extends LayoutBase<ILoggingEvent> {

    private static final String[] FIXED = {"time", "level", "thread", "logger", "message", "stack"};
    /**
     * Written as they are: hex ids the tracing library made or validated (W3C traceparent), never card data. Masking
     * them would corrupt about one trace id in 340, whose hex happens to hold a run of 12 to 19
     * decimal digits passing the Luhn check, and that trace could no longer be found from its log lines.
     */
    private static final Set<String> TRACE_CONTEXT = Set.of("trace_id", "span_id", "trace_flags");

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(256);
        line.append('{');
        field(line, "time", Instant.ofEpochMilli(event.getTimeStamp()).toString(), true);
        field(line, "level", event.getLevel().toString(), false);
        field(line, "thread", event.getThreadName(), false);
        field(line, "logger", event.getLoggerName(), false);
        for (Map.Entry<String, String> entry : new TreeMap<>(mdc(event)).entrySet()) {
            if (!isFixed(entry.getKey())) {
                String key = entry.getKey();
                String value = TRACE_CONTEXT.contains(key) ? entry.getValue() : Masking.mask(entry.getValue());
                field(line, key, value, false);
            }
        }
        field(line, "message", Masking.mask(event.getFormattedMessage()), false);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            field(line, "stack", Masking.mask(ThrowableProxyUtil.asString(thrown)), false);
        }
        return line.append("}\n").toString();
    }

    private static Map<String, String> mdc(ILoggingEvent event) {
        Map<String, String> values = event.getMDCPropertyMap();
        return values == null ? Map.of() : values;
    }

    // an MDC key named like a fixed field would give the object the same name twice, which readers resolve
    // differently
    private static boolean isFixed(String key) {
        for (String fixed : FIXED) {
            if (fixed.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static void field(StringBuilder line, String name, String value, boolean first) {
        if (!first) {
            line.append(',');
        }
        quoted(line, name);
        line.append(':');
        if (value == null) {
            line.append("null");
        } else {
            quoted(line, value);
        }
    }

    /** JSON string escaping (RFC 8259 s.7): quote, backslash and every control character. */
    static void quoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
