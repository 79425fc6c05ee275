package com.cpay.platform.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonLogLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_json_line_is_one_object_with_mdc_fields_and_card_data_masked() throws Exception {
        LoggerContext context = configured();
        assertThat(ConsoleLogConfigurator.useFormat(context, LogFormat.JSON)).isTrue();

        String line = encode(context, event(context, "paying with 4111 1111 1111 1111 cvv=123 \"quoted\"\n\tnext",
                new IllegalStateException("card 5555555555554444 refused, sign=abcdef")));

        assertThat(line).endsWith("}\n").doesNotContain("4111 1111 1111 1111", "5555555555554444", "abcdef", "=123");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode object = JSON.readTree(line);
        assertThat(object.get("level").asText()).isEqualTo("ERROR");
        assertThat(object.get("logger").asText()).isEqualTo("com.cpay.platform.app.Example");
        assertThat(object.get("requestId").asText()).isEqualTo("req-42");
        assertThat(object.get("cpayTraceId").asText()).isEqualTo("trace 1234567890123 sign=***");
        assertThat(object.get("message").asText())
                .isEqualTo("paying with 411111******1111 cvv=*** \"quoted\"\n\tnext");
        assertThat(object.get("stack").asText()).startsWith("java.lang.IllegalStateException: card 555555******4444")
                .contains("sign=***").contains("\tat ");
        assertThat(object.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void control_characters_are_escaped_and_an_mdc_key_cannot_shadow_a_fixed_field() throws Exception {
        LoggerContext context = configured();
        ConsoleLogConfigurator.useFormat(context, LogFormat.JSON);
        MDC.put("message", "forged");
        String line;
        try {
            line = encode(context, event(context, "bell\u0007 and \u2028 line separator", null));
        } finally {
            MDC.remove("message");
        }
        assertThat(line).contains("\\u0007", "\\u2028");
        JsonNode object = JSON.readTree(line);
        assertThat(object.get("message").asText()).isEqualTo("bell\u0007 and \u2028 line separator");
        assertThat(object.has("stack")).isFalse();
    }

    @Test
    void the_format_switches_back_to_text_and_an_unknown_name_is_refused() {
        LoggerContext context = configured();
        assertThat(ConsoleLogConfigurator.useFormat(context, LogFormat.TEXT)).isFalse();
        assertThat(ConsoleLogConfigurator.useFormat(context, LogFormat.JSON)).isTrue();
        assertThat(ConsoleLogConfigurator.useFormat(context, LogFormat.TEXT)).isTrue();
        assertThat(encode(context, event(context, "plain", null))).contains("level=ERROR", "msg=\"plain\"");

        assertThat(LogFormat.of(" JSON ")).isEqualTo(LogFormat.JSON);
        assertThat(LogFormat.of("")).isEqualTo(LogFormat.TEXT);
        assertThatThrownBy(() -> LogFormat.of("logfmt")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cpay.logging.format").hasMessageContaining("logfmt");
    }

    @Test
    void the_configuration_key_is_applied_at_start_up_and_a_wrong_value_stops_it() {
        assertThat(new LogFormatSetting("json").format()).isEqualTo(LogFormat.JSON);
        assertThat(new LogFormatSetting("text").format()).isEqualTo(LogFormat.TEXT);
        assertThatThrownBy(() -> new LogFormatSetting("yaml")).hasMessageContaining("cpay.logging.format");
    }

    /** A fresh logging context as the application's configurator sets it up. */
    static LoggerContext configured() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        ConsoleLogConfigurator configurator = new ConsoleLogConfigurator();
        configurator.setContext(context);
        configurator.configure(context);
        return context;
    }

    private static LoggingEvent event(LoggerContext context, String message, Throwable thrown) {
        Logger logger = context.getLogger("com.cpay.platform.app.Example");
        MDC.put("requestId", "req-42");
        MDC.put("cpayTraceId", "trace 1234567890123 sign=secret");
        try {
            LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.ERROR, message, thrown, null);
            event.prepareForDeferredProcessing();
            return event;
        } finally {
            MDC.remove("requestId");
            MDC.remove("cpayTraceId");
        }
    }

    private static String encode(LoggerContext context, ILoggingEvent event) {
        ConsoleAppender<ILoggingEvent> console = ConsoleLogConfigurator.console(context).orElseThrow();
        return new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
    }
}
