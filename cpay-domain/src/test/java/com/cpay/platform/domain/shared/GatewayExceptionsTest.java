package com.cpay.platform.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class GatewayExceptionsTest {

    @Test
    void a_rejection_keeps_code_message_and_trace_id() {
        var e = new GatewayRejectedException(90751015L, "pay fail", "221117082830X664937");
        assertThat(e.code()).isEqualTo(90751015L);
        assertThat(e.gatewayMessage()).contains("pay fail");
        assertThat(e.traceId()).contains("221117082830X664937");
        assertThat(e.getMessage()).isEqualTo(
                "C-Pay refused the request: code=90751015, msg=pay fail, traceid=221117082830X664937");
        assertThat(e).isInstanceOf(DomainException.class);
    }

    @Test
    void a_rejection_may_come_without_trace_id_or_message() {
        var e = new GatewayRejectedException(1, null, null);
        assertThat(e.traceId()).isEmpty();
        assertThat(e.gatewayMessage()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("C-Pay refused the request: code=1, msg=null");
    }

    @Test
    void code_zero_is_success_and_cannot_be_a_rejection() {
        assertThatThrownBy(() -> new GatewayRejectedException(0, "ok", "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void after_a_timeout_the_outcome_is_unknown() {
        IOException cause = new IOException("read timed out");
        var e = GatewayUnavailableException.timeout("withdraw", cause);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(e.getMessage()).isEqualTo("C-Pay did not answer withdraw in time");
    }

    @Test
    void when_the_connection_failed_nothing_happened_at_c_pay() {
        var cause = new ConnectException("refused");
        var e = GatewayUnavailableException.notConnected("exchange", cause);
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(e.getMessage()).isEqualTo("C-Pay could not be reached for exchange");
    }

    @Test
    void after_a_server_error_the_outcome_is_unknown() {
        var e = GatewayUnavailableException.serverError("createFiatPayoutOrder", 502);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.getMessage()).isEqualTo("C-Pay answered createFiatPayoutOrder with HTTP 502");
        assertThat(e).isInstanceOf(DomainException.class);
    }

    @Test
    void conflict_and_not_found_are_domain_failures_with_their_message() {
        assertThat(new ConflictException("c")).isInstanceOf(DomainException.class).hasMessage("c");
        assertThat(new NotFoundException("n")).isInstanceOf(DomainException.class).hasMessage("n");
    }
}
