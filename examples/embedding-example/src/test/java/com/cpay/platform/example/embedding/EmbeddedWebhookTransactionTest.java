package com.cpay.platform.example.embedding;

import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.notification.DeliveryAdmission;
import com.cpay.platform.domain.notification.HandleCpayNotificationService;
import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase;
import com.cpay.platform.domain.notification.InboundNotification;
import com.cpay.platform.domain.notification.InboxEntry;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.notification.NotificationVerifier;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.order.Transactions;
import com.cpay.platform.domain.shared.MerchantId;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service embedding the domain gets the webhook's transaction from cpay-starter, as the app does: a notification
 * is stored in the inbox and applied together, and when applying fails the inbox keeps nothing of it, so that
 * C-Pay's redelivery is processed as new.
 */
class EmbeddedWebhookTransactionTest {

    private static final String MERCHANT = "20003092";
    private static final String KEY = "shop-webhook-key";

    @Test
    void a_webhook_is_stored_and_applied_in_one_transaction_and_a_failure_keeps_nothing() {
        try (ApplicationContext shop = ApplicationContext.run(Map.of(
                "cpay.sandbox.enabled", "false",
                "cpay.base-url", "http://127.0.0.1:9",
                "cpay.merchant-id", MERCHANT,
                "cpay.secret-key", KEY,
                "datasources.default.url", "jdbc:h2:mem:shop-webhooks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"))) {
            NotificationInbox inbox = shop.getBean(NotificationInbox.class);
            LoadOrderPort orders = shop.getBean(LoadOrderPort.class);
            SaveOrderPort failing = new SaveOrderPort() {
                @Override
                public Order insert(Order order) {
                    throw new IllegalStateException("the disk is full");
                }

                @Override
                public Order update(Order order) {
                    throw new IllegalStateException("the disk is full");
                }
            };
            var failingToApply = new HandleCpayNotificationService(shop.getBean(NotificationVerifier.class), inbox,
                    orders, failing, shop.getBean(AssetCatalog.class), new MerchantId(MERCHANT),
                    shop.getBean(Transactions.class), DeliveryAdmission.ALL, shop.getBean(Clock.class));
            byte[] body = noOrderDeposit();

            assertThatThrownBy(() -> failingToApply.handle(delivery(body))).hasMessage("the disk is full");
            assertThat(inbox.find(InboundNotification.keyOf(body))).as("rolled back with the order").isEmpty();

            HandleCpayNotificationUseCase.Result again = shop.getBean(HandleCpayNotificationUseCase.class).handle(delivery(body));

            assertThat(again.disposition()).isEqualTo(HandleCpayNotificationUseCase.Result.Disposition.CREATED_DEPOSIT);
            assertThat(inbox.find(InboundNotification.keyOf(body)).orElseThrow().state())
                    .isEqualTo(InboxEntry.State.PROCESSED);
            assertThat(orders.findByMerchantTradeNo(again.merchantTradeNo().orElseThrow())).isPresent();
        }
    }

    private static HandleCpayNotificationUseCase.Command delivery(byte[] body) {
        return new HandleCpayNotificationUseCase.Command(body, Optional.of("application/x-www-form-urlencoded"),
                "203.0.113.7");
    }

    // A deposit to a user's address that no order of the shop asked for: applying it creates its order.
    private static byte[] noOrderDeposit() {
        Map<String, String> fields = new TreeMap<>(Map.of("merchantId", MERCHANT, "merchantUserId", "shop-user-1",
                "orderId", "9" + System.nanoTime(), "orderStatus", "14", "hash",
                UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000",
                "actualAmount", "5", "receivedAmount", "5", "cryptoCurrency", "USDT", "network", "TRON",
                "createTime", "1663155010000"));
        fields.put("sign", new CpaySigner(SecretKey.of(KEY)).sign(fields));
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }
}
