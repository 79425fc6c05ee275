package com.cpay.platform.app.ops;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.domain.account.CpayAccountGateway;
import com.cpay.platform.domain.deposit.CpayDepositGateway;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.aop.Intercepted;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gateway beans of the running app are Micronaut AOP proxies whose interceptor times each C-Pay call as
 * {@code cpay.gateway.calls} by operation and outcome, driven here through the embedded simulator's faults.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayCallTimerTest {

    private TestApp app;
    private MeterRegistry meters;
    private CpayAccountGateway accounts;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("cpay.http.get-retries", "0", "cpay.sandbox.lifecycle.auto-advance", "false"));
        meters = app.context().getBean(MeterRegistry.class);
        accounts = app.context().getBean(CpayAccountGateway.class);
    }

    @AfterEach
    void clearFaults() {
        app.simulator().clearFaults();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void the_gateways_are_micronaut_aop_proxies_not_jdk_proxies() {
        assertThat(accounts).isInstanceOf(Intercepted.class);
        assertThat(Proxy.isProxyClass(accounts.getClass())).isFalse();
    }

    @Test
    void an_answered_call_is_timed_with_outcome_ok() {
        long before = count("balances", "ok");
        accounts.balances();
        assertThat(count("balances", "ok")).isEqualTo(before + 1);
    }

    @Test
    void a_refusal_by_cpay_is_timed_with_outcome_rejected_and_still_thrown() {
        app.simulator().addFault(new FaultSpec("getMerchantBalance", FaultKind.ENVELOPE_ERROR, 1, null, null, null,
                1L, "refused"));
        long before = count("balances", "rejected");
        assertThatThrownBy(accounts::balances).isInstanceOf(GatewayRejectedException.class);
        assertThat(count("balances", "rejected")).isEqualTo(before + 1);
    }

    @Test
    void an_unreachable_cpay_is_timed_with_outcome_unavailable_and_still_thrown() {
        app.simulator().addFault(new FaultSpec("getMerchantBalance", FaultKind.HTTP_ERROR, 5, null, null, 503,
                null, null));
        long before = count("balances", "unavailable");
        assertThatThrownBy(accounts::balances).isInstanceOf(GatewayUnavailableException.class);
        assertThat(count("balances", "unavailable")).isEqualTo(before + 1);
    }

    @Test
    void the_lookup_that_recovers_a_lost_answer_goes_through_the_timed_order_query_gateway_too() {
        app.simulator().addFault(new FaultSpec("createOrder", FaultKind.DROP_CONNECTION, 1, null, null, null, null,
                null));
        long lookups = count("findOrder", "ok");
        long created = count("createDeposit", "ok");
        HttpResponse<String> answer = new Http(app.url()).postJson("/api/v1/deposits",
                "{\"userId\":\"timer\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(count("findOrder", "ok")).isEqualTo(lookups + 1);
        assertThat(count("createDeposit", "ok")).isEqualTo(created + 1);
    }

    @Test
    void any_other_failure_is_timed_with_outcome_error_and_still_thrown() {
        CpayDepositGateway deposits = app.context().getBean(CpayDepositGateway.class);
        long before = count("depositAddresses", "error");
        assertThatThrownBy(() -> deposits.depositAddresses(null)).isInstanceOf(NullPointerException.class);
        assertThat(count("depositAddresses", "error")).isEqualTo(before + 1);
    }

    private long count(String operation, String outcome) {
        Timer timer = meters.find("cpay.gateway.calls").tags("operation", operation, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }
}
