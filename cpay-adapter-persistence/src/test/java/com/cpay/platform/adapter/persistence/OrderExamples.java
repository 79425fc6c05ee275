package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.CardAmount;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.CardRedirect;
import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.HostedCardDetails;
import com.cpay.platform.domain.order.MaskedPan;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.quote.model.ExchangeResult;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Orders of every kind, filled in as far as each kind goes (ids, hashes, amounts reported, review notes).
 * Values hold no digit run a card scanner would flag.
 */
final class OrderExamples {

    static final Instant T0 = Instant.parse("2026-03-10T08:00:00.123Z");
    static final UserId USER = new UserId("user-a");
    /** Written with spaces, as a holder types it; only the masked form may reach the database. */
    static final String TEST_PAN = "4111 1111 1111 1111";

    private OrderExamples() {
    }

    static MerchantTradeNo tradeNo(String name) {
        return new MerchantTradeNo(name);
    }

    static Order deposit(String tradeNo) {
        return Order.open(tradeNo(tradeNo), NewOrder.cryptoDeposit(Optional.empty(), USER, Money.parse("amount",
                "0.12345678", Asset.BTC)), T0);
    }

    /** A deposit C-Pay has answered and reported on: network, cashier page, id, hash, amounts. */
    static Order reportedDeposit(String tradeNo, String cpayId, String hash) {
        Order order = deposit(tradeNo);
        CryptoDepositDetails details = ((CryptoDepositDetails) order.details())
                .withNetwork(Network.BITCOIN).withCashierUrl("https://cashier.example/pay/abc");
        order.updateDetails(details, T0.plusSeconds(1));
        order.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, T0.plusSeconds(2))
                .withCpayOrderId(new CpayOrderId(cpayId))
                .withHash(new TransactionHash(hash))
                .withAmounts(ReportedAmounts.of(btc("0.12345678"), btc("0.12300000"), btc("0.00045678"))));
        return order;
    }

    static Order hostedCard(String tradeNo) {
        Order order = Order.open(tradeNo(tradeNo), NewOrder.hostedCard(Optional.empty(), USER, Money.parse("amount",
                "150.25", Asset.BRL)), T0);
        order.updateDetails(((HostedCardDetails) order.details()).withCashierUrl("https://cashier.example/card/x"),
                T0.plusMillis(10));
        return order;
    }

    /** A direct card payment: 19.011 USD rounded down to 19.01, a 3DS page, a stored-card id. */
    static Order directCard(String tradeNo) {
        Order order = Order.open(tradeNo(tradeNo), NewOrder.directCard(Optional.empty(), USER,
                CardAmount.roundDown("amount", "19.011", Asset.USD), MaskedPan.mask(TEST_PAN)), T0);
        CardPaymentDetails details = ((CardPaymentDetails) order.details())
                .withRedirect(new CardRedirect(java.util.Optional.of("<html><body>3DS challenge</body></html>"),
                        java.util.Optional.of("https://acs.example/challenge?id=ab-12")))
                .withCcStorageId("cc-store-77");
        order.updateDetails(details, T0.plusMillis(20));
        order.assignCpayOrderId(new CpayOrderId("cp-card-" + tradeNo), T0.plusMillis(30));
        return order;
    }

    static Order cryptoPayout(String tradeNo) {
        Order order = Order.open(tradeNo(tradeNo), NewOrder.cryptoPayout(Optional.empty(), USER,
                new CryptoAddress(Network.TRON, "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"), CryptoPayoutAmounts.of("10.5",
                "10", Asset.USDT)), T0);
        order.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.ORDER_QUERY, T0.plusSeconds(5))
                .withHash(new TransactionHash("tx-" + tradeNo)));
        // a contradictory report: recorded, not applied, flagged for review
        order.apply(StatusEvent.of(OrderStatus.CLOSED, EventSource.WEBHOOK, T0.plusSeconds(6)));
        return order;
    }

    static Order pixPayout(String tradeNo) {
        return Order.open(tradeNo(tradeNo), NewOrder.pixPayout(Optional.empty(), USER, PixPayoutTerms.of("100.50",
                "BRL", "BRA", "2", "payee@example.com")), T0);
    }

    static Order exchange(String tradeNo) {
        Order order = Order.open(tradeNo(tradeNo), NewOrder.exchange(Optional.empty(), USER,
                Money.parse("sourceAmount", "100", Asset.USDT), Asset.BTC), T0);
        order.updateDetails(((ExchangeDetails) order.details())
                .withResult(ExchangeResult.of(Asset.BTC, "0.0025", "40000.000000", "0.00001")), T0.plusSeconds(1));
        order.apply(StatusEvent.of(StatusCode.of("99"), EventSource.WEBHOOK, T0.plusSeconds(2)));
        return order;
    }

    /** One order of each kind, with distinct merchantTradeNos built from {@code prefix}. */
    static List<Order> everyKind(String prefix) {
        return List.of(reportedDeposit(prefix + "-dep", prefix + "-cp-dep", prefix + "-hash-dep"),
                hostedCard(prefix + "-hosted"), directCard(prefix + "-card"), cryptoPayout(prefix + "-payout"),
                pixPayout(prefix + "-pix"), exchange(prefix + "-exchange"));
    }

    static Money btc(String amount) {
        return Money.parse("amount", amount, Asset.BTC);
    }

    static StatusEvent processing(Instant at) {
        return StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, at);
    }
}
