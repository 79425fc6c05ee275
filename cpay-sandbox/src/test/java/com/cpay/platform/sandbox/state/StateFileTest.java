package com.cpay.platform.sandbox.state;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With cpay.sandbox.state-file, a restart does not forget orders, balances and addresses. */
class StateFileTest {

    @Test
    void a_restart_reads_the_state_back(@TempDir Path dir) {
        Map<String, Object> properties = Map.of("cpay.sandbox.state-file", dir.resolve("state.json").toString());
        String address;
        try (ApplicationContext first = ApplicationContext.run(properties)) {
            SandboxState state = first.getBean(SandboxState.class);
            state.create(new Order().orderId("261126000000000001014").merchantId("20003092").merchantTradeNo("kept-1")
                    .kind(OrderKind.CRYPTO_PAYOUT).status(OrderStatus.PROCESSING).currency("USDT").amount("10")
                    .receivedAmount("9").fee("1").holdAmount("11").createTime(1L), "test");
            address = state.wallet("20003092", "user-1").get(0).address();
        }
        try (ApplicationContext second = ApplicationContext.run(properties)) {
            SandboxState state = second.getBean(SandboxState.class);
            assertThat(state.findByTradeNo("20003092", "kept-1")).get()
                    .satisfies(o -> assertThat(o.getStatus()).isEqualTo(OrderStatus.PROCESSING));
            assertThat(state.balances("20003092")).filteredOn(b -> b.asset().equals("USDT")).singleElement()
                    .satisfies(b -> assertThat(b.freeze()).isEqualByComparingTo(new BigDecimal("11")));
            assertThat(state.ownerOf(address)).isPresent();
        }
    }
}
