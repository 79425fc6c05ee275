package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.deposit.CreateDepositService;
import com.cpay.platform.domain.exchange.ExchangeService;
import com.cpay.platform.domain.account.GetBalancesService;
import com.cpay.platform.domain.deposit.GetDepositAddressesService;
import com.cpay.platform.domain.order.query.GetOrderService;
import com.cpay.platform.domain.notification.DeliveryAdmission;
import com.cpay.platform.domain.notification.HandleCpayNotificationService;
import com.cpay.platform.domain.order.query.ListOrdersService;
import com.cpay.platform.domain.card.PayByCardDirectService;
import com.cpay.platform.domain.card.PayByCardHostedService;
import com.cpay.platform.domain.quote.QuoteService;
import com.cpay.platform.domain.reconciliation.ReconcileOrderService;
import com.cpay.platform.domain.payout.ResubmitOrderService;
import com.cpay.platform.domain.reconciliation.ReconcileStaleOrdersService;
import com.cpay.platform.domain.payout.RequestCryptoPayoutService;
import com.cpay.platform.domain.payout.RequestPixPayoutService;
import com.cpay.platform.domain.notification.ResolveStoredNotificationsService;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.MerchantId;
import com.cpay.platform.domain.kyc.SubmitKycBatchService;

/**
 * Every use case wired to in-memory fakes, the way the app wires them to adapters: one clock, one id
 * generator, one repository, one inbox, one scriptable C-Pay. For use-case tests here and for adapter and
 * app tests that need the domain without C-Pay or a database.
 */
public final class FakePlatform {

    /** Our merchant id at C-Pay (the document's example): webhooks naming another are refused. */
    public static final MerchantId MERCHANT_ID = new MerchantId("20003092");

    public final MutableClock clock = new MutableClock();
    public final SequentialIdGenerator ids = new SequentialIdGenerator();
    public final InMemoryOrderRepository orders = new InMemoryOrderRepository(clock);
    public final InMemoryNotificationInbox inbox = new InMemoryNotificationInbox();
    public final FakeCpayGateway cpay = new FakeCpayGateway();
    public final FakeNotificationVerifier webhooks = new FakeNotificationVerifier();
    public final DirectTransactions transactions = new DirectTransactions();
    public final AssetCatalog catalog = AssetCatalog.standard();

    public CreateDepositService createDeposit() {
        return new CreateDepositService(cpay, orders, orders, ids, clock);
    }

    public PayByCardHostedService payByCardHosted() {
        return new PayByCardHostedService(cpay, orders, orders, ids, clock);
    }

    public PayByCardDirectService payByCardDirect() {
        return new PayByCardDirectService(cpay, orders, orders, ids, clock);
    }

    public RequestCryptoPayoutService requestCryptoPayout() {
        return new RequestCryptoPayoutService(cpay, orders, orders, ids, clock);
    }

    public RequestPixPayoutService requestPixPayout() {
        return new RequestPixPayoutService(cpay, orders, orders, ids, clock);
    }

    public ExchangeService exchange() {
        return new ExchangeService(cpay, orders, orders, ids, clock);
    }

    public QuoteService quote() {
        return new QuoteService(cpay);
    }

    public SubmitKycBatchService submitKycBatch() {
        return new SubmitKycBatchService(cpay, clock);
    }

    public GetBalancesService getBalances() {
        return new GetBalancesService(cpay);
    }

    public GetDepositAddressesService getDepositAddresses() {
        return new GetDepositAddressesService(cpay);
    }

    public HandleCpayNotificationService handleNotification() {
        return handleNotification(orders);
    }

    /** The webhook use case saving through {@code save}, e.g. a fake that loses every race. */
    public HandleCpayNotificationService handleNotification(SaveOrderPort save) {
        return new HandleCpayNotificationService(webhooks, inbox, orders, save, catalog, MERCHANT_ID, transactions,
                DeliveryAdmission.ALL, clock);
    }

    public ResolveStoredNotificationsService resolveStoredNotifications() {
        return new ResolveStoredNotificationsService(inbox, orders, cpay, reconcileOrder(), clock);
    }

    public ReconcileOrderService reconcileOrder() {
        return new ReconcileOrderService(cpay, orders, orders, clock);
    }

    public ReconcileStaleOrdersService reconcileStaleOrders() {
        return new ReconcileStaleOrdersService(orders, reconcileOrder());
    }

    public GetOrderService getOrder() {
        return new GetOrderService(orders);
    }

    public ListOrdersService listOrders() {
        return new ListOrdersService(orders);
    }

    public ResubmitOrderService resubmitOrder() {
        return new ResubmitOrderService(cpay, cpay, orders, orders, ids, clock);
    }
}
