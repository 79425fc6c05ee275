package com.cpay.platform.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.sandbox.journal.RequestRecord;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * docs/decisions.md, decision 21 against a C-Pay that follows the PHP SDK's reading of "empty" (the simulator with
 * {@code cpay.sandbox.signature-empty-rule=php}): a quote with {@code purchaseType=0} is refused for its signature
 * once, asked again under the PHP reading, and later quotes go out under the reading C-Pay accepted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhpSignatureReadingEndToEndTest {

    private TestApp app;
    private Http http;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("cpay.sandbox.signature-empty-rule", "php",
                "cpay.sandbox.rates", "USDT/BTC=40000.000000"));
        http = new Http(app.url());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void quotes_work_against_a_cpay_that_reads_empty_as_php_does() {
        HttpResponse<String> first = quote();
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"exchangeRate\":\"40000.000000\"");

        List<RequestRecord> asked = rateCalls();
        assertThat(asked).extracting(RequestRecord::refusalReason).containsExactly("invalid-signature", null);
        assertThat(asked).allSatisfy(r -> assertThat(r.parameters()).containsEntry("purchaseType", "0"));

        HttpResponse<String> second = quote();
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(rateCalls()).as("the accepted reading is kept: one more GET, accepted").hasSize(3)
                .last().satisfies(r -> assertThat(r.refusalReason()).isNull());
    }

    private HttpResponse<String> quote() {
        return http.get("/api/v1/quotes?sourceCurrency=USDT&targetCurrency=BTC&purchaseType=BY_SOURCE_AMOUNT"
                + "&amount=400&channel=CRYPTO", "Authorization", Http.bearer());
    }

    private List<RequestRecord> rateCalls() {
        return app.simulator().requests().stream().filter(r -> r.operation().equals("getExchangeRate")).toList();
    }
}
