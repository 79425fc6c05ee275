package com.cpay.platform.adapter.http.gateway;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.cpay.platform.adapter.http.support.RecordingServer.Received;
import com.cpay.platform.adapter.http.support.RecordingServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Card number and CVV reach C-Pay and nothing else: while a pwpp call fails in each way a call can fail, and
 * with every logger at DEBUG, neither appears in a log line, a logged stack trace or the thrown exception,
 * even when C-Pay's error answer echoes the whole request.
 */
class CardDataHygieneTest extends GatewayTestBase {

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger root;
    private Level rootLevel;

    @BeforeEach
    void captureEveryLogLine() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        logs.list.clear();
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"server error echoing the form", "client error echoing the form",
            "refusal whose msg echoes the card", "malformed answer echoing the form", "lost answer and failed lookup",
            "success answer that cannot be read"})
    void a_failing_pwpp_call_leaks_neither_card_number_nor_cvv(String failure) {
        Function<Received, Reply> echo = r -> switch (failure) {
            case "server error echoing the form" -> new Reply(500, "text/html", "<html>" + r.bodyText() + "</html>");
            case "client error echoing the form" -> new Reply(400, "text/plain", r.bodyText());
            case "refusal whose msg echoes the card" -> Reply.json("{\"code\":90751015,\"msg\":\"pay fail for card "
                    + Fixtures.PAN + " cvv " + Fixtures.CVV + "\",\"traceid\":\"T\"}");
            case "malformed answer echoing the form" -> Reply.json("{\"code\":0,\"data\":\"" + r.bodyText());
            case "lost answer and failed lookup" -> r.method().equals("POST") ? Reply.drop()
                    : new Reply(500, "text/plain", Fixtures.PAN);
            default -> Reply.json("{\"code\":0,\"data\":{\"orderId\":\"" + Fixtures.PAN + Fixtures.PAN
                    + Fixtures.PAN + Fixtures.PAN + Fixtures.PAN + "\"}}");
        };
        server.answerWith(echo);
        var request = Fixtures.directCard("hyg-1");

        Throwable thrown = null;
        try {
            request.sendTo(ports.cards());
        } catch (RuntimeException e) {
            thrown = e;
        }

        assertThat(thrown).as("the call fails").isNotNull();
        assertThat(server.received().get(0).decodedParameters()).as("the card did reach C-Pay")
                .containsEntry("cardNumber", Fixtures.PAN).containsEntry("cvv", Fixtures.CVV);
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(Fixtures.PAN).doesNotContain("cvv " + Fixtures.CVV)
                .doesNotContain("cvv=" + Fixtures.CVV);
        assertThat(String.valueOf(request)).doesNotContain(Fixtures.PAN);
        assertThat(logs.list).as("something was logged at DEBUG").isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(line).as(event.getLoggerName()).doesNotContain(Fixtures.PAN).doesNotContain("cvv=" + Fixtures.CVV)
                    .doesNotContain("cvv " + Fixtures.CVV);
        }
    }
}
