package com.cpay.platform.sandbox.state;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With cpay.sandbox.state-file, a restart does not forget orders, balances, addresses, KYC users and cards. */
class StateFileTest {

    static final String MERCHANT = "20003092";

    @Test
    void a_restart_reads_the_state_back(@TempDir Path dir) {
        Map<String, Object> properties = Map.of("cpay.sandbox.state-file", dir.resolve("state.json").toString());
        String address;
        String card;
        try (ApplicationContext first = ApplicationContext.run(properties)) {
            first.getBean(OrderBook.class).create(payout("261126000000000001014", "kept-1", "11")
                    .status(OrderStatus.PROCESSING).build(), "test");
            address = first.getBean(DepositAddresses.class).wallet(MERCHANT, "user-1").get(0).address();
            first.getBean(KycRegistry.class).accept(MERCHANT, Map.of("user-1", "{\"userId\":\"user-1\"}"));
            card = first.getBean(CardVault.class).store("411111******1111");
        }
        try (ApplicationContext second = ApplicationContext.run(properties)) {
            assertThat(second.getBean(OrderBook.class).findByTradeNo(MERCHANT, "kept-1")).get()
                    .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.PROCESSING))
                    .satisfies(o -> assertThat(o.history()).extracting(StatusChange::reason).containsExactly("test"));
            assertThat(second.getBean(Balances.class).balances(MERCHANT)).filteredOn(b -> b.asset().equals("USDT"))
                    .singleElement().satisfies(b -> {
                        assertThat(b.available()).isEqualByComparingTo(new BigDecimal("9989"));
                        assertThat(b.freeze()).isEqualByComparingTo(new BigDecimal("11"));
                    });
            assertThat(second.getBean(DepositAddresses.class).ownerOf(address)).get()
                    .satisfies(w -> assertThat(w.userId()).isEqualTo("user-1"));
            assertThat(second.getBean(KycRegistry.class).all().get(MERCHANT)).containsKey("user-1");
            assertThat(second.getBean(CardVault.class).find(card)).contains("411111******1111");
        }
    }

    /** A crypto payout of the primary merchant holding {@code hold} USDT. */
    static Order.Builder payout(String orderId, String merchantTradeNo, String hold) {
        return Order.builder().orderId(orderId).merchantId(MERCHANT).merchantTradeNo(merchantTradeNo)
                .kind(OrderKind.CRYPTO_PAYOUT).status(OrderStatus.PENDING).currency("USDT").amount(hold)
                .receivedAmount(hold).fee("0").holdAmount(hold).createTime(1L);
    }
}
