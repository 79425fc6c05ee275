package com.cpay.platform.sandbox.state;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.cpay.platform.sandbox.state.StateFileTest.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state file written by the earlier store (rewritten whole after every change; {@code earlier-format-state.json}
 * was made by it: a crypto deposit, a payout moved to PROCESSING through the control API, a pwpp payment with a
 * stored card, a placed order, a KYC user, a user's addresses) loads, and is rewritten as a snapshot at first start.
 */
class EarlierStateFileTest {

    @Test
    void an_earlier_state_file_loads_and_becomes_a_snapshot(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sandbox-state.json");
        try (InputStream fixture = getClass().getResourceAsStream("/state/earlier-format-state.json")) {
            Files.copy(fixture, file);
        }
        Map<String, Object> properties = Map.of("cpay.sandbox.state-file", file.toString(),
                "cpay.sandbox.lifecycle.pending-delay", "1h", "cpay.sandbox.lifecycle.processing-delay", "1h");

        try (ApplicationContext first = ApplicationContext.run(properties)) {
            assertEverythingIsThere(first);
            assertThat(Files.readString(file)).contains("\"format\":2");
        }
        try (ApplicationContext second = ApplicationContext.run(properties)) {
            assertEverythingIsThere(second);
        }
    }

    private static void assertEverythingIsThere(ApplicationContext context) {
        OrderBook orders = context.getBean(OrderBook.class);
        assertThat(orders.orders()).extracting(Order::merchantTradeNo)
                .containsExactly("old-deposit-1", "old-payout-1", "old-card-1", "old-placed-1");
        assertThat(orders.findByTradeNo(MERCHANT, "old-deposit-1")).get().satisfies(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.PENDING);
            assertThat(o.automatic()).isTrue();
            assertThat(o.extInfo()).isEmpty();
            assertThat(o.callbackUrl()).isEqualTo("http://127.0.0.1:9/cb");
            assertThat(o.createTime()).isEqualTo(1796516758475L);
        });
        Order payout = orders.findByTradeNo(MERCHANT, "old-payout-1").orElseThrow();
        assertThat(payout.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(payout.automatic()).isFalse();
        assertThat(payout.version()).isEqualTo(2);
        assertThat(payout.holdAmount()).isEqualTo("10");
        assertThat(payout.history()).extracting(StatusChange::status, StatusChange::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OrderStatus.PENDING, "withdraw"),
                org.assertj.core.groups.Tuple.tuple(OrderStatus.PROCESSING, "control API"));
        assertThat(orders.findByHash(MERCHANT, payout.hash())).contains(payout);
        assertThat(orders.findByTradeNo(MERCHANT, "old-card-1")).get()
                .satisfies(o -> assertThat(o.maskedPan()).isEqualTo("411111******1111"));

        assertThat(context.getBean(Balances.class).balances(MERCHANT)).filteredOn(b -> b.asset().equals("USDT"))
                .singleElement().satisfies(b -> {
                    assertThat(b.available().toPlainString()).isEqualTo("9990");
                    assertThat(b.freeze().toPlainString()).isEqualTo("10");
                });
        assertThat(context.getBean(DepositAddresses.class).ownerOf("TYVHBkL4NoTRHRmqBYMndRHTZc6v9FgH67")).get()
                .satisfies(w -> assertThat(w.userId()).isEqualTo("user-1"));
        assertThat(context.getBean(KycRegistry.class).all().get(MERCHANT)).containsOnlyKeys("kyc-1");
        assertThat(context.getBean(CardVault.class).find("MW5FZUQNECP6LAANZS")).contains("411111******1111");
    }
}
