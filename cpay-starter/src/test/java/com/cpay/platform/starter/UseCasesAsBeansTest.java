package com.cpay.platform.starter;

import com.cpay.platform.domain.reconciliation.MarkOrderReviewedUseCase;
import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.deposit.CreateDepositUseCase;
import com.cpay.platform.domain.exchange.ExchangeUseCase;
import com.cpay.platform.domain.account.GetBalancesUseCase;
import com.cpay.platform.domain.deposit.GetDepositAddressesUseCase;
import com.cpay.platform.domain.order.query.GetOrderUseCase;
import com.cpay.platform.domain.notification.DeliveryAdmission;
import com.cpay.platform.domain.notification.NotificationVerdict;
import com.cpay.platform.domain.order.Transactions;
import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase;
import com.cpay.platform.domain.order.query.ListOrdersUseCase;
import com.cpay.platform.domain.card.PayByCardDirectUseCase;
import com.cpay.platform.domain.card.PayByCardHostedUseCase;
import com.cpay.platform.domain.quote.QuoteUseCase;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase;
import com.cpay.platform.domain.reconciliation.ReconcileStaleOrdersUseCase;
import com.cpay.platform.domain.payout.RequestCryptoPayoutUseCase;
import com.cpay.platform.domain.payout.RequestPixPayoutUseCase;
import com.cpay.platform.domain.notification.ResolveStoredNotificationsUseCase;
import com.cpay.platform.domain.kyc.SubmitKycBatchUseCase;
import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.UserId;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A context holding nothing but port beans (the domain's in-memory fakes) gets every use case as a bean. */
class UseCasesAsBeansTest {

    private static final List<Class<?>> USE_CASES = List.of(CreateDepositUseCase.class, PayByCardHostedUseCase.class,
            PayByCardDirectUseCase.class, RequestCryptoPayoutUseCase.class, RequestPixPayoutUseCase.class,
            ExchangeUseCase.class, QuoteUseCase.class, SubmitKycBatchUseCase.class, GetBalancesUseCase.class,
            GetDepositAddressesUseCase.class, GetOrderUseCase.class, ListOrdersUseCase.class,
            HandleCpayNotificationUseCase.class, ReconcileOrderUseCase.class, ReconcileStaleOrdersUseCase.class,
            ResolveStoredNotificationsUseCase.class, MarkOrderReviewedUseCase.class);

    @Test
    void every_use_case_is_a_bean_wired_to_the_port_beans() {
        FakePlatform fakes = new FakePlatform();
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("cpay.extra-crypto-assets", "SOL", "cpay.merchant-id", " 20003092 "))
                .singletons(fakes.orders, fakes.inbox, fakes.cpay, fakes.webhooks, fakes.transactions)
                .start()) {
            USE_CASES.forEach(type -> assertThat(context.getBean(type)).as(type.getSimpleName()).isNotNull());
            assertThat(context.getBean(Clock.class)).isNotNull();
            assertThat(context.getBean(AssetCatalog.class).contains("SOL")).isTrue();

            var result = context.getBean(CreateDepositUseCase.class).createDeposit(NewOrder.cryptoDeposit(
                    Optional.empty(), new UserId("u1"), Money.parse("amount", "3", Asset.USDT)), OrderUrls.none(),
                    Optional.empty());

            assertThat(result.order().merchantTradeNo().value()).startsWith(RandomTradeNumbers.PREFIX).hasSize(35);
            assertThat(context.getBean(GetOrderUseCase.class)
                    .getOrder(GetOrderUseCase.Query.of(result.order().merchantTradeNo()))
                    .order().userId()).isEqualTo(new UserId("u1"));
        }
    }

    @Test
    void the_webhook_use_case_refuses_notifications_for_another_merchant_than_the_configured_one() {
        FakePlatform fakes = new FakePlatform();
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("cpay.merchant-id", "m-42"))
                .singletons(fakes.orders, fakes.inbox, fakes.cpay, fakes.webhooks, fakes.transactions)
                .start()) {
            HandleCpayNotificationUseCase webhooks = context.getBean(HandleCpayNotificationUseCase.class);
            Map<String, String> fields = Map.of("merchantId", "20003092", "orderStatus", "14", "orderId", "c-1",
                    "createTime", "1663155010000");

            assertThat(webhooks.handle(fakes.webhooks.signed("k-1", fields)).disposition())
                    .isEqualTo(HandleCpayNotificationUseCase.Result.Disposition.WRONG_MERCHANT);
            assertThat(webhooks.handle(fakes.webhooks.signed("k-2", Map.of("merchantId",
                    "m-42", "orderStatus", "14", "orderId", "c-1", "createTime", "1663155010000"))).disposition())
                    .isEqualTo(HandleCpayNotificationUseCase.Result.Disposition.UNMATCHED);
        }
    }

    @Test
    void the_webhook_use_case_runs_in_the_transactions_bean_and_asks_the_admission_bean() {
        FakePlatform fakes = new FakePlatform();
        AtomicInteger transactions = new AtomicInteger();
        Transactions counted = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                transactions.incrementAndGet();
                return work.get();
            }
        };
        DeliveryAdmission refusedOnesWait = (verdict, source) -> verdict instanceof NotificationVerdict.Refused
                ? Optional.of(Duration.ofSeconds(3)) : Optional.empty();
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("cpay.merchant-id", "20003092"))
                .singletons(fakes.orders, fakes.inbox, fakes.cpay, fakes.webhooks, counted, refusedOnesWait)
                .start()) {
            HandleCpayNotificationUseCase webhooks = context.getBean(HandleCpayNotificationUseCase.class);

            HandleCpayNotificationUseCase.Result held = webhooks.handle(fakes.webhooks.refused("k-1", "forged", "unsigned"));
            HandleCpayNotificationUseCase.Result kept = webhooks.handle(fakes.webhooks.signed("k-2", Map.of("merchantId",
                    "20003092", "orderStatus", "14", "orderId", "c-1", "createTime", "1663155010000")));

            assertThat(held.retryAfter()).contains(Duration.ofSeconds(3));
            assertThat(kept.disposition()).isEqualTo(HandleCpayNotificationUseCase.Result.Disposition.UNMATCHED);
            assertThat(transactions).as("only the kept one").hasValue(1);
            assertThat(fakes.inbox.size()).isEqualTo(1);
        }
    }

    @Test
    void without_a_merchant_id_the_webhook_use_case_is_not_created_and_says_why() {
        FakePlatform fakes = new FakePlatform();
        try (ApplicationContext context = ApplicationContext.builder()
                .singletons(fakes.orders, fakes.inbox, fakes.cpay, fakes.webhooks, fakes.transactions)
                .start()) {
            assertThatThrownBy(() -> context.getBean(HandleCpayNotificationUseCase.class))
                    .hasStackTraceContaining("cpay.merchant-id is required");
            assertThat(context.getBean(CreateDepositUseCase.class)).as("the others need no merchant id").isNotNull();
        }
    }

    @Test
    void generated_trade_numbers_do_not_repeat() {
        IdGenerator ids = new RandomTradeNumbers();
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ids.newMerchantTradeNo().value())).isTrue();
        }
    }
}
