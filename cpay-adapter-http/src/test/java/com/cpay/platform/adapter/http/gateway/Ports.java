package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.domain.account.CpayAccountGateway;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.deposit.CpayDepositGateway;
import com.cpay.platform.domain.exchange.CpayExchangeGateway;
import com.cpay.platform.domain.kyc.CpayKycGateway;
import com.cpay.platform.domain.reconciliation.CpayOrderQueryGateway;
import com.cpay.platform.domain.payout.CpayPayoutGateway;
import com.cpay.platform.domain.reconciliation.OrderLookup;
import com.cpay.platform.domain.quote.model.QuoteChannel;
import com.cpay.platform.domain.shared.UserId;
import io.micronaut.context.ApplicationContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The seven port beans of one context, and one call of each of the 12 operations. */
record Ports(CpayDepositGateway deposits, CpayCardGateway cards, CpayPayoutGateway payouts,
             CpayExchangeGateway exchanges, CpayKycGateway kyc, CpayAccountGateway account,
             CpayOrderQueryGateway orders) {

    static Ports of(ApplicationContext context) {
        return new Ports(context.getBean(CpayDepositGateway.class), context.getBean(CpayCardGateway.class),
                context.getBean(CpayPayoutGateway.class), context.getBean(CpayExchangeGateway.class),
                context.getBean(CpayKycGateway.class), context.getBean(CpayAccountGateway.class),
                context.getBean(CpayOrderQueryGateway.class));
    }

    /** Operation name (the last path segment) to one call of it with the fixtures. */
    static Map<String, Function<Ports, Object>> everyOperation() {
        Map<String, Function<Ports, Object>> calls = new LinkedHashMap<>();
        calls.put("getWalletAddress", p -> p.deposits().depositAddresses(new UserId("test002")));
        calls.put("withdraw", p -> Fixtures.cryptoPayout("w-1").sendTo(p.payouts()));
        calls.put("createFiatPayoutOrder", p -> Fixtures.pixPayout("f-1").sendTo(p.payouts()));
        calls.put("getMerchantBalance", p -> p.account().balances());
        calls.put("getExchangeRate", p -> p.exchanges().quote(Fixtures.quote(QuoteChannel.CRYPTO)));
        calls.put("getExchangeRateForCreditCard", p -> p.exchanges().quote(Fixtures.quote(QuoteChannel.CARD)));
        calls.put("getOrderDetail", p -> p.orders().findOrder(OrderLookup.of(Fixtures.tradeNo("o-1"))));
        calls.put("exchange", p -> p.exchanges().exchange(Fixtures.exchange("x-1")));
        calls.put("submitKYC", p -> p.kyc().submit(Fixtures.kycBatch()));
        calls.put("pwpp", p -> Fixtures.directCard("p-1").sendTo(p.cards()));
        calls.put("createOrder", p -> Fixtures.deposit("d-1").sendTo(p.deposits()));
        calls.put("createOrderByCreditCard", p -> Fixtures.hostedCard("h-1").sendTo(p.cards()));
        return calls;
    }
}
