package com.cpay.platform.example.embedding;

import com.cpay.platform.domain.deposit.CreateDepositUseCase;
import com.cpay.platform.domain.exchange.ExchangeUseCase;
import com.cpay.platform.domain.account.GetBalancesUseCase;
import com.cpay.platform.domain.deposit.GetDepositAddressesUseCase;
import com.cpay.platform.domain.order.query.GetOrderUseCase;
import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase;
import com.cpay.platform.domain.order.query.ListOrdersUseCase;
import com.cpay.platform.domain.card.PayByCardDirectUseCase;
import com.cpay.platform.domain.card.PayByCardHostedUseCase;
import com.cpay.platform.domain.quote.QuoteUseCase;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase;
import com.cpay.platform.domain.reconciliation.ReconcileStaleOrdersUseCase;
import com.cpay.platform.domain.payout.RequestCryptoPayoutUseCase;
import com.cpay.platform.domain.payout.RequestPixPayoutUseCase;
import com.cpay.platform.domain.kyc.SubmitKycBatchUseCase;
import com.cpay.platform.sandbox.SandboxServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that is not cpay-app gets every use case as a bean, wired to the C-Pay adapter and the persistence
 * adapter, configured with the same {@code cpay.*} keys; and a PIX payout goes through to C-Pay (a simulator).
 */
class EmbeddedUseCasesTest {

    private static final List<Class<?>> USE_CASES = List.of(CreateDepositUseCase.class, PayByCardHostedUseCase.class,
            PayByCardDirectUseCase.class, RequestCryptoPayoutUseCase.class, RequestPixPayoutUseCase.class,
            ExchangeUseCase.class, QuoteUseCase.class, SubmitKycBatchUseCase.class, GetBalancesUseCase.class,
            GetDepositAddressesUseCase.class, GetOrderUseCase.class, ListOrdersUseCase.class,
            HandleCpayNotificationUseCase.class, ReconcileOrderUseCase.class, ReconcileStaleOrdersUseCase.class);

    @Test
    void the_shop_gets_the_use_cases_as_beans_configured_by_the_cpay_keys() {
        Map<String, Object> simulatorProperties = new HashMap<>(SandboxServer.FAST);
        simulatorProperties.put("datasources.default.url", "jdbc:h2:mem:simulator-side;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        try (SandboxServer cpay = SandboxServer.start(simulatorProperties);
             EmbeddedServer shop = ApplicationContext.run(EmbeddedServer.class, Map.of(
                     "micronaut.server.port", -1,
                     "cpay.sandbox.enabled", "false",
                     "cpay.base-url", cpay.url().toString(),
                     "cpay.merchant-id", cpay.merchantId(),
                     "cpay.secret-key", cpay.secretKey()));
             HttpClient http = HttpClient.create(shop.getURL())) {
            ApplicationContext context = shop.getApplicationContext();
            USE_CASES.forEach(type -> assertThat(context.getBean(type)).as(type.getSimpleName()).isNotNull());

            var paid = http.toBlocking().retrieve(HttpRequest.POST("/shop/payouts",
                    new ShopPayoutController.SellerPayout("seller-7", "12.50", "123.456.789-09")),
                    ShopPayoutController.PayoutView.class);

            assertThat(paid.merchantTradeNo()).startsWith("cp-");
            assertThat(cpay.control().orderByTradeNo(paid.merchantTradeNo()).receivedAmount()).isIn("12.5", "12.50");
            var shown = http.toBlocking().retrieve("/shop/payouts/" + paid.merchantTradeNo(),
                    ShopPayoutController.PayoutView.class);
            assertThat(shown.status()).isIn("PROCESSING", "COMPLETED");
            assertThat(cpay.control().awaitOrder(cpay.control().orderByTradeNo(paid.merchantTradeNo()).orderId(),
                    o -> o.status().equals("COMPLETED"), Duration.ofSeconds(10)).status()).isEqualTo("COMPLETED");
        }
    }
}
