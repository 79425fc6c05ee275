package com.cpay.platform.adapter.http.gateway;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.cpay.platform.adapter.http.support.RecordingServer.Reply;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every C-Pay answer leaves one log line carrying its traceid, so support can find a call by C-Pay's id. */
class TraceIdLoggingTest extends GatewayTestBase {

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger calls = (Logger) LoggerFactory.getLogger(CpayCalls.class);

    @BeforeEach
    void capture() {
        logs.list.clear();
        logs.start();
        calls.addAppender(logs);
    }

    @AfterEach
    void release() {
        calls.detachAppender(logs);
    }

    @Test
    void a_successful_answer_is_logged_with_its_traceid_in_the_mdc() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"success","data":[{"availableBalance":"1.5","freezeBalance":"0",
                 "cryptoCurrency":"USDT"}],"traceid":"221117075237X7604753"}"""));

        ports.account().balances();

        assertThat(logs.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage())
                    .isEqualTo("C-Pay getMerchantBalance answered code 0 traceid 221117075237X7604753");
            assertThat(line.getMDCPropertyMap()).containsEntry(CpayCalls.TRACE_ID_MDC_KEY, "221117075237X7604753");
        });
        assertThat(MDC.get(CpayCalls.TRACE_ID_MDC_KEY)).as("the key does not outlive the line").isNull();
    }

    @Test
    void a_refusal_is_logged_with_its_code_and_an_answer_without_traceid_with_a_dash() {
        server.answerWith(r -> Reply.json("{\"code\":1,\"msg\":\"fail\"}"));

        assertThatThrownBy(() -> ports.account().balances()).isInstanceOf(GatewayRejectedException.class);

        assertThat(logs.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).isEqualTo("C-Pay getMerchantBalance answered code 1 traceid -");
            assertThat(line.getMDCPropertyMap()).doesNotContainKey(CpayCalls.TRACE_ID_MDC_KEY);
        });
    }
}
