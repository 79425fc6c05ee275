package com.cpay.platform.starter;

import com.cpay.platform.domain.money.AssetCatalog;
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
import com.cpay.platform.domain.notification.ResolveStoredNotificationsUseCase;
import com.cpay.platform.domain.kyc.SubmitKycBatchUseCase;
import com.cpay.platform.domain.account.CpayAccountGateway;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.deposit.CpayDepositGateway;
import com.cpay.platform.domain.exchange.CpayExchangeGateway;
import com.cpay.platform.domain.payout.ResubmitOrderUseCase;
import com.cpay.platform.domain.reconciliation.CloseOrderService;
import com.cpay.platform.domain.reconciliation.CloseOrderUseCase;
import com.cpay.platform.domain.reconciliation.MarkOrderReviewedService;
import com.cpay.platform.domain.reconciliation.MarkOrderReviewedUseCase;
import com.cpay.platform.domain.kyc.CpayKycGateway;
import com.cpay.platform.domain.reconciliation.CpayOrderQueryGateway;
import com.cpay.platform.domain.payout.CpayPayoutGateway;
import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.order.LeaseOrdersPort;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.notification.DeliveryAdmission;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.notification.NotificationVerifier;
import com.cpay.platform.domain.order.Transactions;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.deposit.CreateDepositService;
import com.cpay.platform.domain.exchange.ExchangeService;
import com.cpay.platform.domain.payout.ResubmitOrderService;
import com.cpay.platform.domain.account.GetBalancesService;
import com.cpay.platform.domain.deposit.GetDepositAddressesService;
import com.cpay.platform.domain.order.query.GetOrderService;
import com.cpay.platform.domain.notification.HandleCpayNotificationService;
import com.cpay.platform.domain.notification.ReplayNotificationService;
import com.cpay.platform.domain.notification.ReplayNotificationUseCase;
import com.cpay.platform.domain.order.query.ListOrdersService;
import com.cpay.platform.domain.card.PayByCardDirectService;
import com.cpay.platform.domain.card.PayByCardHostedService;
import com.cpay.platform.domain.quote.QuoteService;
import com.cpay.platform.domain.reconciliation.ReconcileOrderService;
import com.cpay.platform.domain.reconciliation.ReconcileStaleOrdersService;
import com.cpay.platform.domain.payout.RequestCryptoPayoutService;
import com.cpay.platform.domain.payout.RequestPixPayoutService;
import com.cpay.platform.domain.notification.ResolveStoredNotificationsService;
import com.cpay.platform.domain.kyc.SubmitKycBatchService;
import com.cpay.platform.domain.shared.MerchantId;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * Every use case of the domain as a singleton, exposed by its inbound port only, built from the beans of the
 * outbound ports. Beans are created on first use: a service that never takes payments does not need the C-Pay
 * gateway configured.
 *
 * <p>Configuration read here: {@code cpay.reconciliation.grace} (default {@code 1h}): how long C-Pay may not know
 * an order that never got a C-Pay id before reconciliation closes it as "never arrived"; {@code cpay.merchant-id}
 * (the key the HTTP adapter's {@code CpayProperties} reads): webhooks naming another merchant are refused, and the
 * webhook use case cannot be created without it.
 *
 * <p>The webhook use case verifies through the {@link NotificationVerifier} bean (the HTTP adapter's), stores and
 * applies in one transaction of the {@link Transactions} bean ({@link CpayTransactionsFactory}), and asks a
 * {@link DeliveryAdmission} bean, when the service has one, whether to hold a sender back.
 */
@Factory
public class CpayUseCaseFactory {

    @Singleton
    CreateDepositUseCase createDeposit(CpayDepositGateway gateway, LoadOrderPort load, SaveOrderPort save,
                                       IdGenerator ids, Clock clock) {
        return new CreateDepositService(gateway, load, save, ids, clock);
    }

    @Singleton
    PayByCardHostedUseCase payByCardHosted(CpayCardGateway gateway, LoadOrderPort load, SaveOrderPort save,
                                           IdGenerator ids, Clock clock) {
        return new PayByCardHostedService(gateway, load, save, ids, clock);
    }

    @Singleton
    PayByCardDirectUseCase payByCardDirect(CpayCardGateway gateway, LoadOrderPort load, SaveOrderPort save,
                                           IdGenerator ids, Clock clock) {
        return new PayByCardDirectService(gateway, load, save, ids, clock);
    }

    @Singleton
    RequestCryptoPayoutUseCase requestCryptoPayout(CpayPayoutGateway gateway, LoadOrderPort load,
                                                   SaveOrderPort save, IdGenerator ids, Clock clock) {
        return new RequestCryptoPayoutService(gateway, load, save, ids, clock);
    }

    @Singleton
    RequestPixPayoutUseCase requestPixPayout(CpayPayoutGateway gateway, LoadOrderPort load, SaveOrderPort save,
                                             IdGenerator ids, Clock clock) {
        return new RequestPixPayoutService(gateway, load, save, ids, clock);
    }

    @Singleton
    ExchangeUseCase exchange(CpayExchangeGateway gateway, LoadOrderPort load, SaveOrderPort save, IdGenerator ids,
                             Clock clock) {
        return new ExchangeService(gateway, load, save, ids, clock);
    }

    @Singleton
    QuoteUseCase quote(CpayExchangeGateway gateway) {
        return new QuoteService(gateway);
    }

    @Singleton
    SubmitKycBatchUseCase submitKycBatch(CpayKycGateway gateway, Clock clock) {
        return new SubmitKycBatchService(gateway, clock);
    }

    @Singleton
    GetBalancesUseCase getBalances(CpayAccountGateway gateway) {
        return new GetBalancesService(gateway);
    }

    @Singleton
    GetDepositAddressesUseCase getDepositAddresses(CpayDepositGateway gateway) {
        return new GetDepositAddressesService(gateway);
    }

    @Singleton
    GetOrderUseCase getOrder(LoadOrderPort load) {
        return new GetOrderService(load);
    }

    @Singleton
    ListOrdersUseCase listOrders(LoadOrderPort load) {
        return new ListOrdersService(load);
    }

    @Singleton
    MarkOrderReviewedUseCase markOrderReviewed(LoadOrderPort load, SaveOrderPort save, Clock clock) {
        return new MarkOrderReviewedService(load, save, clock);
    }

    @Singleton
    CloseOrderUseCase closeOrder(LoadOrderPort load, SaveOrderPort save, Clock clock) {
        return new CloseOrderService(load, save, clock);
    }

    @Singleton
    ResubmitOrderUseCase resubmitOrder(CpayPayoutGateway payouts, CpayExchangeGateway exchanges, LoadOrderPort load,
                                       SaveOrderPort save, IdGenerator ids, Clock clock) {
        return new ResubmitOrderService(payouts, exchanges, load, save, ids, clock);
    }

    @Singleton
    HandleCpayNotificationUseCase handleCpayNotification(NotificationVerifier verifier, NotificationInbox inbox,
                                                         LoadOrderPort load, SaveOrderPort save,
                                                         AssetCatalog catalog, Transactions transactions,
                                                         @Nullable DeliveryAdmission admission, Clock clock,
                                                         @Value("${cpay.merchant-id:}") String merchantId) {
        return new HandleCpayNotificationService(verifier, inbox, load, save, catalog, ourMerchant(merchantId),
                transactions, admission == null ? DeliveryAdmission.ALL : admission, clock);
    }

    @Singleton
    ReplayNotificationUseCase replayNotification(NotificationVerifier verifier, NotificationInbox inbox,
                                                 LoadOrderPort load, SaveOrderPort save, AssetCatalog catalog,
                                                 Transactions transactions, Clock clock) {
        return new ReplayNotificationService(verifier, inbox, load, save, catalog, transactions, clock);
    }

    @Singleton
    ResolveStoredNotificationsUseCase resolveStoredNotifications(NotificationInbox inbox, LoadOrderPort load,
                                                                 CpayOrderQueryGateway gateway,
                                                                 ReconcileOrderService reconciler, Clock clock) {
        return new ResolveStoredNotificationsService(inbox, load, gateway, reconciler, clock);
    }

    // One service behind both ports: the stale-orders job reconciles the orders it leased through it.
    @Singleton
    ReconcileOrderService reconcileOrderService(CpayOrderQueryGateway gateway, LoadOrderPort load, SaveOrderPort save,
                                                Clock clock,
                                                @Value("${cpay.reconciliation.grace:1h}") Duration grace) {
        return new ReconcileOrderService(gateway, load, save, clock, grace);
    }

    @Singleton
    ReconcileStaleOrdersUseCase reconcileStaleOrders(LeaseOrdersPort leases, ReconcileOrderService reconciler) {
        return new ReconcileStaleOrdersService(leases, reconciler);
    }

    // The same key the HTTP adapter signs with (CpayProperties.merchantId), trimmed as it trims it.
    private static MerchantId ourMerchant(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("cpay.merchant-id is required to take C-Pay's webhooks: a notification"
                    + " is refused unless it names this merchant");
        }
        return new MerchantId(configured.trim());
    }
}
