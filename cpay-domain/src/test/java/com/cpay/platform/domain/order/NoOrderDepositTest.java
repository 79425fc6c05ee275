package com.cpay.platform.domain.order;

import static com.cpay.platform.domain.order.OrderFixtures.CPAY_ID;
import static com.cpay.platform.domain.order.OrderFixtures.HASH;
import static com.cpay.platform.domain.order.OrderFixtures.at;
import static com.cpay.platform.domain.order.OrderFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoOrderDepositTest {

    private static final AssetCatalog CATALOG = AssetCatalog.standard();
    private static final MerchantTradeNo LOCAL_NO = new MerchantTradeNo("noorder-1");

    private static Map<String, String> noOrderWebhook() {
        Map<String, String> fields = CpayNotificationTest.webhook();
        fields.remove("merchantTradeNo");
        return fields;
    }

    @Test
    void a_deposit_first_seen_by_webhook_becomes_an_order_with_the_webhook_applied() {
        CpayNotification n = CpayNotification.read(noOrderWebhook());

        Order order = Order.fromNoOrderDeposit(n, CATALOG, LOCAL_NO, at(30));

        assertThat(order.kind()).isEqualTo(OrderKind.CRYPTO_DEPOSIT);
        assertThat(order.merchantTradeNo()).isEqualTo(LOCAL_NO);
        assertThat(order.userId()).isEqualTo(new UserId("test002"));
        assertThat(order.requestedAmount()).isEmpty();
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.cpayOrderId()).contains(CPAY_ID);
        assertThat(order.reportedAmounts().receivedAmount()).contains(usdt("9.5"));
        assertThat(order.details()).isEqualTo(new CryptoDepositDetails(Asset.USDT,
                Optional.of(Network.TRON), Optional.empty(), Optional.of(HASH)));
        assertThat(order.history()).hasSize(1);
        assertThat(order.history().get(0).source()).isEqualTo(EventSource.WEBHOOK);
        assertThat(order.createdAt()).isEqualTo(at(30));
    }

    @Test
    void a_no_order_deposit_keeps_the_webhooks_own_trade_number_when_it_has_one() {
        CpayNotification n = CpayNotification.read(CpayNotificationTest.webhook());

        Order order = Order.fromNoOrderDeposit(n, CATALOG, LOCAL_NO, at(30));

        assertThat(order.merchantTradeNo()).isEqualTo(new MerchantTradeNo("7b785240e426694635bb09fb101ae241"));
    }

    @Test
    void a_no_order_deposit_without_a_trade_number_needs_a_local_one() {
        CpayNotification n = CpayNotification.read(noOrderWebhook());

        assertThatThrownBy(() -> Order.fromNoOrderDeposit(n, CATALOG, null, at(30)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_no_order_deposit_without_its_network_is_still_recorded() {
        Map<String, String> fields = noOrderWebhook();
        fields.remove("network");

        Order order = Order.fromNoOrderDeposit(CpayNotification.read(fields), CATALOG, LOCAL_NO, at(30));

        assertThat(((CryptoDepositDetails) order.details()).network()).isEmpty();
    }

    @Test
    void a_no_order_deposit_needs_the_user_it_belongs_to() {
        Map<String, String> fields = noOrderWebhook();
        fields.remove("merchantUserId");

        assertThatThrownBy(() -> Order.fromNoOrderDeposit(CpayNotification.read(fields), CATALOG, LOCAL_NO, at(30)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("merchantUserId", "required")).isTrue());
    }

    @Test
    void a_no_order_deposit_needs_a_coin_this_platform_accepts() {
        Map<String, String> fields = noOrderWebhook();
        fields.put("cryptoCurrency", "DOGE");
        assertThatThrownBy(() -> Order.fromNoOrderDeposit(CpayNotification.read(fields), CATALOG, LOCAL_NO, at(30)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("cryptoCurrency", AssetCatalog.UNKNOWN_ASSET)).isTrue());

        fields.remove("cryptoCurrency");
        assertThatThrownBy(() -> Order.fromNoOrderDeposit(CpayNotification.read(fields), CATALOG, LOCAL_NO, at(30)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("cryptoCurrency", "required")).isTrue());
    }

    @Test
    void a_no_order_deposit_needs_its_hash_or_c_pays_order_id_to_be_reconciled() {
        Map<String, String> fields = noOrderWebhook();
        fields.remove("hash");
        assertThat(Order.fromNoOrderDeposit(CpayNotification.read(fields), CATALOG, LOCAL_NO, at(30)).cpayOrderId())
                .contains(CPAY_ID);

        Map<String, String> onlyHash = noOrderWebhook();
        onlyHash.remove("orderId");
        assertThat(Order.fromNoOrderDeposit(CpayNotification.read(onlyHash), CATALOG, LOCAL_NO, at(30)).cpayOrderId())
                .isEmpty();

        fields.remove("orderId");
        assertThatThrownBy(() -> Order.fromNoOrderDeposit(CpayNotification.read(fields), CATALOG, LOCAL_NO, at(30)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.has("hash", "required")).isTrue());
    }
}
