package com.cpay.platform.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.reconciliation.OrderLookup;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which key a stored notification is looked up by at C-Pay, and when it has none to be looked up by. */
class NotificationKeysTest {

    private static final String HASH = "c4dbbf5737c52072817dc92fa09c41386f8024fee883270b92bfc1943616f957";

    @Test
    void any_one_key_is_enough_to_match_or_ask_by() {
        assertThat(NotificationKeys.none().isEmpty()).isTrue();
        assertThat(keys("m-1", null, null).isEmpty()).isFalse();
        assertThat(keys(null, "cp-1", null).isEmpty()).isFalse();
        assertThat(keys(null, null, HASH).isEmpty()).isFalse();
    }

    @Test
    void c_pay_is_asked_by_its_order_id_else_the_hash_else_the_merchant_trade_no() {
        assertThat(keys("m-1", "cp-1", HASH).cpayLookup()).contains(OrderLookup.of(new CpayOrderId("cp-1")));
        assertThat(keys("m-1", null, HASH).cpayLookup()).contains(OrderLookup.of(new TransactionHash(HASH)));
        assertThat(keys("m-1", null, null).cpayLookup()).contains(OrderLookup.of(new MerchantTradeNo("m-1")));
        assertThat(NotificationKeys.none().cpayLookup()).isEmpty();
    }

    @Test
    void a_blank_or_invalid_wire_field_is_left_out_when_read_leniently() {
        NotificationKeys read = NotificationKeys.readLeniently(Map.of("merchantTradeNo", " ", "orderId", "cp-9",
                "hash", "h".repeat(TransactionHash.MAX_LENGTH + 1)));

        assertThat(read).isEqualTo(keys(null, "cp-9", null));
    }

    private static NotificationKeys keys(String tradeNo, String orderId, String hash) {
        return new NotificationKeys(Optional.ofNullable(tradeNo).map(MerchantTradeNo::new),
                Optional.ofNullable(orderId).map(CpayOrderId::new), Optional.ofNullable(hash).map(TransactionHash::new));
    }
}
