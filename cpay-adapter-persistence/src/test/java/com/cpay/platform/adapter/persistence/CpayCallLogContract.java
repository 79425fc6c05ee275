package com.cpay.platform.adapter.persistence;

import static com.cpay.platform.adapter.persistence.OrderExamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.order.CpayCall;
import com.cpay.platform.domain.order.CpayCallLog;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The C-Pay call log: kept per order, newest first; pruned by the time of each answer, in batches, per merchant. */
abstract class CpayCallLogContract extends DatabaseTest {

    private static final MerchantTradeNo ORDER = new MerchantTradeNo("calls-1");

    private CpayCallLog log;

    @BeforeEach
    void emptyLog() throws Exception {
        log = bean(CpayCallLog.class);
        try (Connection c = connection(); java.sql.Statement s = c.createStatement()) {
            s.execute("DELETE FROM cpay_calls");
        }
    }

    @Test
    void pruning_deletes_the_calls_answered_before_the_cutoff_and_keeps_the_rest() {
        log.record(call("createOrder", T0));
        log.record(call("getOrderDetail", T0.plus(Duration.ofDays(1))));
        log.record(call("getOrderDetail", T0.plus(Duration.ofDays(10))));

        assertThat(log.prune(T0.plus(Duration.ofDays(2)))).isEqualTo(2);

        assertThat(log.ofOrder(ORDER, 10)).extracting(CpayCall::at).containsExactly(T0.plus(Duration.ofDays(10)));
        assertThat(log.prune(T0.plus(Duration.ofDays(2)))).isZero();
    }

    @Test
    void a_backlog_larger_than_one_batch_is_pruned_in_one_call() {
        @SuppressWarnings("unchecked")
        CpayCallLog smallBatches = new JdbcCpayCallLog("merchant-test", bean(JdbcOperations.class),
                bean(TransactionOperations.class), 2);
        for (int i = 0; i < 5; i++) {
            smallBatches.record(call("getOrderDetail", T0.plusSeconds(i)));
        }
        smallBatches.record(call("getOrderDetail", T0.plus(Duration.ofDays(1))));

        assertThat(smallBatches.prune(T0.plus(Duration.ofHours(1)))).isEqualTo(5);
        assertThat(smallBatches.ofOrder(ORDER, 10)).hasSize(1);
    }

    @Test
    void another_merchants_calls_are_left_alone() {
        @SuppressWarnings("unchecked")
        CpayCallLog other = new JdbcCpayCallLog("another-merchant", bean(JdbcOperations.class),
                bean(TransactionOperations.class));
        other.record(call("createOrder", T0));
        log.record(call("createOrder", T0));

        assertThat(log.prune(T0.plusSeconds(1))).isEqualTo(1);
        assertThat(other.ofOrder(ORDER, 10)).hasSize(1);
    }

    private static CpayCall call(String operation, Instant at) {
        return new CpayCall(ORDER, operation, at, CpayCall.Result.ACCEPTED, Optional.of(0L), Optional.of("t-1"),
                Optional.empty());
    }
}
