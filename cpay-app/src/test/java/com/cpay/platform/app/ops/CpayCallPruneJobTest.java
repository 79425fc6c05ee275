package com.cpay.platform.app.ops;

import com.cpay.platform.app.support.Await;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.domain.order.CpayCallLog;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The C-Pay call log is pruned past its retention, and the pruning is counted on /prometheus with a HELP text. */
class CpayCallPruneJobTest {

    @Test
    void calls_answered_longer_ago_than_the_retention_are_deleted_and_counted() {
        try (TestApp app = TestApp.start(Map.of("cpay.calls.retention", "1s", "cpay.calls.prune-initial-delay", "1h"))) {
            Http http = new Http(app.url());
            assertThat(http.postJson("/api/v1/deposits",
                    "{\"merchantTradeNo\":\"prune-1\",\"userId\":\"u\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1\"}")
                    .statusCode()).isEqualTo(201);
            CpayCallLog log = app.context().getBean(CpayCallLog.class);
            MerchantTradeNo order = new MerchantTradeNo("prune-1");
            assertThat(log.ofOrder(order, 10)).isNotEmpty();
            CpayCallPruneJob job = app.context().getBean(CpayCallPruneJob.class);

            int pruned = Await.until(job::runOnce, deleted -> deleted > 0, Duration.ofSeconds(10));

            assertThat(pruned).isEqualTo(1);
            assertThat(log.ofOrder(order, 10)).isEmpty();
            assertThat(http.get("/prometheus").body())
                    .contains("# HELP cpay_calls_pruned_total C-Pay calls deleted from the call log")
                    .containsPattern("cpay_calls_pruned_total\\S* 1.0");
        }
    }
}
