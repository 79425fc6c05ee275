package com.cpay.platform.starter;

import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.port.in.CreateDepositUseCase;
import com.cpay.platform.domain.port.in.ExchangeUseCase;
import com.cpay.platform.domain.port.in.GetBalancesUseCase;
import com.cpay.platform.domain.port.in.GetDepositAddressesUseCase;
import com.cpay.platform.domain.port.in.GetOrderUseCase;
import com.cpay.platform.domain.port.in.HandleCpayNotificationUseCase;
import com.cpay.platform.domain.port.in.ListOrdersUseCase;
import com.cpay.platform.domain.port.in.PayByCardDirectUseCase;
import com.cpay.platform.domain.port.in.PayByCardHostedUseCase;
import com.cpay.platform.domain.port.in.QuoteUseCase;
import com.cpay.platform.domain.port.in.ReconcileOrderUseCase;
import com.cpay.platform.domain.port.in.ReconcileStaleOrdersUseCase;
import com.cpay.platform.domain.port.in.RequestCryptoPayoutUseCase;
import com.cpay.platform.domain.port.in.RequestPixPayoutUseCase;
import com.cpay.platform.domain.port.in.ResolveStoredNotificationsUseCase;
import com.cpay.platform.domain.port.in.SubmitKycBatchUseCase;
import com.cpay.platform.domain.port.out.CpayAccountGateway;
import com.cpay.platform.domain.port.out.CpayCardGateway;
import com.cpay.platform.domain.port.out.CpayDepositGateway;
import com.cpay.platform.domain.port.out.CpayExchangeGateway;
import com.cpay.platform.domain.port.in.ResubmitOrderUseCase;
import com.cpay.platform.domain.port.out.CpayKycGateway;
import com.cpay.platform.domain.port.out.CpayOrderQueryGateway;
import com.cpay.platform.domain.port.out.CpayPayoutGateway;
import com.cpay.platform.domain.port.out.IdGenerator;
import com.cpay.platform.domain.port.out.LeaseOrdersPort;
import com.cpay.platform.domain.port.out.LoadOrderPort;
import com.cpay.platform.domain.port.out.NotificationInbox;
import com.cpay.platform.domain.port.out.SaveOrderPort;
import com.cpay.platform.domain.service.CreateDepositService;
import com.cpay.platform.domain.service.ExchangeService;
import com.cpay.platform.domain.service.ResubmitOrderService;
import com.cpay.platform.domain.service.GetBalancesService;
import com.cpay.platform.domain.service.GetDepositAddressesService;
import com.cpay.platform.domain.service.GetOrderService;
import com.cpay.platform.domain.service.HandleCpayNotificationService;
import com.cpay.platform.domain.service.ListOrdersService;
import com.cpay.platform.domain.service.PayByCardDirectService;
import com.cpay.platform.domain.service.PayByCardHostedService;
import com.cpay.platform.domain.service.QuoteService;
import com.cpay.platform.domain.service.ReconcileOrderService;
import com.cpay.platform.domain.service.ReconcileStaleOrdersService;
import com.cpay.platform.domain.service.RequestCryptoPayoutService;
import com.cpay.platform.domain.service.RequestPixPayoutService;
import com.cpay.platform.domain.service.ResolveStoredNotificationsService;
import com.cpay.platform.domain.service.SubmitKycBatchService;
import com.cpay.platform.domain.shared.MerchantId;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
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
    ResubmitOrderUseCase resubmitOrder(CpayPayoutGateway payouts, CpayExchangeGateway exchanges, LoadOrderPort load,
                                       SaveOrderPort save, IdGenerator ids, Clock clock) {
        return new ResubmitOrderService(payouts, exchanges, load, save, ids, clock);
    }

    @Singleton
    HandleCpayNotificationUseCase handleCpayNotification(NotificationInbox inbox, LoadOrderPort load,
                                                         SaveOrderPort save, AssetCatalog catalog, Clock clock,
                                                         @Value("${cpay.merchant-id:}") String merchantId) {
        return new HandleCpayNotificationService(inbox, load, save, catalog, ourMerchant(merchantId), clock);
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
