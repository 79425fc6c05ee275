package com.cpay.platform.domain.order;

import static com.cpay.platform.domain.order.OrderFixtures.CPAY_ID;
import static com.cpay.platform.domain.order.OrderFixtures.HASH;
import static com.cpay.platform.domain.order.OrderFixtures.at;
import static com.cpay.platform.domain.order.OrderFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.shared.MerchantId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpayNotificationTest {

    static Map<String, String> webhook() {
        Map<String, String> fields = new HashMap<>();
        fields.put("merchantId", "20003092");
        fields.put("merchantTradeNo", "7b785240e426694635bb09fb101ae241");
        fields.put("merchantUserId", "test002");
        fields.put("orderId", CPAY_ID.value());
        fields.put("orderStatus", "14");
        fields.put("hash", HASH.value());
        fields.put("actualAmount", "10");
        fields.put("receivedAmount", "9.5");
        fields.put("fee", "0.50");
        fields.put("cryptoCurrency", "USDT");
        fields.put("network", "TRON");
        fields.put("remark", "");
        fields.put("extInfo", "{\"sceneTag\":\"EcAcquiring\"}");
        fields.put("createTime", "1663155010000");
        fields.put("sign", "e344e3a24ea4163c5b86482165e41d6ecad8db874750ec34ac474b78a153a933");
        return fields;
    }

    @Test
    void a_webhook_is_read_field_by_field() {
        CpayNotification n = CpayNotification.read(webhook());

        assertThat(n.merchantId()).isEqualTo(new MerchantId("20003092"));
        assertThat(n.merchantTradeNo()).contains(new MerchantTradeNo("7b785240e426694635bb09fb101ae241"));
        assertThat(n.merchantUserId()).contains(new UserId("test002"));
        assertThat(n.orderId()).contains(CPAY_ID);
        assertThat(n.orderStatus()).isEqualTo(StatusCode.of("14"));
        assertThat(n.hash()).contains(HASH);
        assertThat(n.actualAmount()).contains("10");
        assertThat(n.receivedAmount()).contains("9.5");
        assertThat(n.fee()).contains("0.50");
        assertThat(n.cryptoCurrency()).contains("USDT");
        assertThat(n.network()).contains(Network.TRON);
        assertThat(n.remark()).isEmpty();
        assertThat(n.extInfo()).contains("{\"sceneTag\":\"EcAcquiring\"}");
        assertThat(n.createTime()).isEqualTo(Instant.ofEpochMilli(1663155010000L));
        assertThat(n.extraFields()).isEmpty();
    }

    @Test
    void fields_the_document_does_not_name_are_kept_but_the_signature_is_not() {
        Map<String, String> fields = webhook();
        fields.put("payChannel", "payChannel1");
        fields.put("nothing", null);

        CpayNotification n = CpayNotification.read(fields);

        assertThat(n.extraFields()).containsExactly(Map.entry("payChannel", "payChannel1"));
        assertThat(n.toString()).doesNotContain("e344e3a24ea4");
    }

    @Test
    void a_no_order_deposit_webhook_without_trade_number_user_or_order_id_is_read() {
        Map<String, String> fields = webhook();
        fields.remove("merchantTradeNo");
        fields.put("merchantUserId", "  ");
        fields.remove("orderId");
        fields.remove("hash");
        fields.remove("network");

        CpayNotification n = CpayNotification.read(fields);

        assertThat(n.merchantTradeNo()).isEmpty();
        assertThat(n.merchantUserId()).isEmpty();
        assertThat(n.orderId()).isEmpty();
        assertThat(n.hash()).isEmpty();
        assertThat(n.network()).isEmpty();
    }

    @Test
    void an_undocumented_or_missing_status_is_kept_raw_not_refused() {
        Map<String, String> fields = webhook();
        fields.put("orderStatus", "99");
        assertThat(CpayNotification.read(fields).orderStatus().raw()).isEqualTo("99");

        fields.remove("orderStatus");
        assertThat(CpayNotification.read(fields).orderStatus().raw()).isEmpty();
    }

    @Test
    void the_creation_time_is_read_in_any_of_c_pays_three_forms() {
        Map<String, String> fields = webhook();
        fields.put("createTime", "1658387195");
        assertThat(CpayNotification.read(fields).createTime()).isEqualTo(Instant.ofEpochSecond(1658387195L));

        fields.put("createTime", "20220726100218");
        assertThat(CpayNotification.read(fields).createTime()).isEqualTo(Instant.parse("2022-07-26T10:02:18Z"));
    }

    @Test
    void every_broken_field_of_a_webhook_is_reported_at_once() {
        Map<String, String> fields = webhook();
        fields.remove("merchantId");
        fields.put("createTime", "yesterday");
        fields.put("orderId", "x".repeat(65));
        fields.put("merchantTradeNo", "x".repeat(65));
        fields.put("merchantUserId", "x".repeat(65));
        fields.put("hash", "x".repeat(129));
        fields.put("network", "x".repeat(65));

        assertThatThrownBy(() -> CpayNotification.read(fields)).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.has("merchantId", "required")).isTrue();
                    assertThat(e.has("createTime", CpayTimestamp.PATTERN)).isTrue();
                    assertThat(e.has("orderId", "max-length")).isTrue();
                    assertThat(e.has("merchantTradeNo", "max-length")).isTrue();
                    assertThat(e.has("merchantUserId", "max-length")).isTrue();
                    assertThat(e.has("hash", "max-length")).isTrue();
                    assertThat(e.has("network", "max-length")).isTrue();
                    assertThat(e.violations()).hasSize(7);
                });
    }

    @Test
    void a_webhook_becomes_a_status_report_with_its_amounts_in_the_orders_asset() {
        CpayNotification n = CpayNotification.read(webhook());

        StatusEvent event = n.toStatusEvent(Asset.USDT, at(30));

        assertThat(event.code()).isEqualTo(StatusCode.of("14"));
        assertThat(event.source()).isEqualTo(EventSource.WEBHOOK);
        assertThat(event.observedAt()).isEqualTo(at(30));
        assertThat(event.cpayOrderId()).contains(CPAY_ID);
        assertThat(event.hash()).contains(HASH);
        assertThat(event.amounts()).isEqualTo(ReportedAmounts.of(usdt("10"), usdt("9.5"), usdt("0.5")));
    }

    @Test
    void amounts_a_webhook_leaves_blank_are_not_reported() {
        Map<String, String> fields = webhook();
        fields.put("fee", "");
        fields.remove("actualAmount");

        StatusEvent event = CpayNotification.read(fields).toStatusEvent(Asset.USDT, at(30));

        assertThat(event.amounts().actualAmount()).isEmpty();
        assertThat(event.amounts().fee()).isEmpty();
        assertThat(event.amounts().receivedAmount()).contains(usdt("9.5"));
    }

    @Test
    void a_webhook_amount_with_more_decimals_than_the_asset_is_refused() {
        Map<String, String> fields = webhook();
        fields.put("fee", "0.005");

        assertThatThrownBy(() -> CpayNotification.read(fields).toStatusEvent(Asset.USD, at(30)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.has("fee", "max-scale")).isTrue());
    }

    @Test
    void a_notification_built_directly_treats_blank_texts_as_absent_and_refuses_to_carry_a_signature() {
        CpayNotification n = new CpayNotification(new MerchantId("1"), Optional.empty(), Optional.empty(),
                Optional.empty(), StatusCode.of("0"), Optional.empty(), Optional.of(" "), Optional.of("1"),
                Optional.of(""), Optional.of(""), Optional.empty(), Optional.of(" "), Optional.of(""), at(0), Map.of());

        assertThat(n.actualAmount()).isEmpty();
        assertThat(n.receivedAmount()).contains("1");
        assertThat(n.fee()).isEmpty();
        assertThat(n.cryptoCurrency()).isEmpty();
        assertThat(n.remark()).isEmpty();
        assertThat(n.extInfo()).isEmpty();
        assertThatThrownBy(() -> new CpayNotification(new MerchantId("1"), Optional.empty(), Optional.empty(),
                Optional.empty(), StatusCode.of("0"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), at(0),
                Map.of("sign", "abc"))).isInstanceOf(IllegalArgumentException.class);
    }
}
