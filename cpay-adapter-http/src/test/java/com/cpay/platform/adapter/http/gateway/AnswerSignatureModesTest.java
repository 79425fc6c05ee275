package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.support.CpayTestContext;
import com.cpay.platform.adapter.http.support.RecordingServer;
import com.cpay.platform.adapter.http.support.RecordingServer.Reply;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.card.HostedCardOrder;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Answer signatures are checked in sandbox mode by default and skipped in live mode or when switched off (docs/decisions.md, decision 12). */
class AnswerSignatureModesTest {

    @ParameterizedTest(name = "mode={0}, verify-response-signatures={1}")
    @CsvSource({"live,", "sandbox,false"})
    void without_verification_a_wrong_answer_sign_is_kept_but_not_checked(String mode, String verify) throws Exception {
        try (RecordingServer server = new RecordingServer()) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("cpay.mode", mode);
            if (verify != null) {
                properties.put("cpay.verify-response-signatures", verify);
            }
            server.answerWith(r -> Reply.json("{\"code\":0,\"data\":{\"orderId\":\"221108101212238310014\","
                    + "\"orderStatus\":\"0\",\"sign\":\"" + "e".repeat(64) + "\"}}"));
            try (ApplicationContext context = CpayTestContext.start(server, properties)) {
                HostedCardOrder order = Fixtures.hostedCard("m-1").sendTo(context.getBean(CpayCardGateway.class));
                assertThat(order.responseSignature()).contains("e".repeat(64));
            }
        }
    }
}
