package com.cpay.platform.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.order.CpayNotification;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoOrderTradeNoTest {

    @Test
    void each_transaction_gets_its_own_stable_number() {
        var first = NoOrderTradeNo.derive(notification(Map.of("hash", "h-1")));
        var again = NoOrderTradeNo.derive(notification(Map.of("hash", "h-1", "orderId", "o-9")));
        var other = NoOrderTradeNo.derive(notification(Map.of("hash", "h-2")));

        assertThat(first).isEqualTo(again).isNotEqualTo(other);
        assertThat(first.value()).startsWith(NoOrderTradeNo.PREFIX).hasSize(49);
    }

    @Test
    void without_hash_the_cpay_order_id_decides() {
        var byOrder = NoOrderTradeNo.derive(notification(Map.of("orderId", "o-1")));
        var otherOrder = NoOrderTradeNo.derive(notification(Map.of("orderId", "o-2")));
        var hashNamedLikeTheOrder = NoOrderTradeNo.derive(notification(Map.of("hash", "o-1")));

        assertThat(byOrder).isNotEqualTo(otherOrder).isNotEqualTo(hashNamedLikeTheOrder);
    }

    private static CpayNotification notification(Map<String, String> extra) {
        Map<String, String> fields = new HashMap<>(Map.of("merchantId", "1", "orderStatus", "14",
                "createTime", "1663155010000"));
        fields.putAll(extra);
        return CpayNotification.read(fields);
    }
}
