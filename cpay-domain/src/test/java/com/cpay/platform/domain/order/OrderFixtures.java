package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;

/** Small builders shared by the order tests. */
final class OrderFixtures {

    static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    static final MerchantTradeNo TRADE_NO = new MerchantTradeNo("trade-1");
    static final UserId USER = new UserId("user-7");
    static final CpayOrderId CPAY_ID = new CpayOrderId("221116112637772768014");
    static final TransactionHash HASH =
            new TransactionHash("c4dbbf5737c52072817dc92fa09c41386f8024fee883270b92bfc1943616f957");

    private OrderFixtures() {
    }

    static Instant at(int secondsAfterStart) {
        return T0.plusSeconds(secondsAfterStart);
    }

    static Money usdt(String amount) {
        return Money.parse("amount", amount, Asset.USDT);
    }

    static Money brl(String amount) {
        return Money.parse("amount", amount, Asset.BRL);
    }

    static Order deposit() {
        return Order.open(TRADE_NO, NewOrder.cryptoDeposit(Optional.empty(), USER, usdt("10")), T0);
    }

    static StatusEvent event(OrderStatus status, int secondsAfterStart) {
        return StatusEvent.of(status, EventSource.WEBHOOK, at(secondsAfterStart));
    }

    static StatusEvent event(String rawCode, int secondsAfterStart) {
        return StatusEvent.of(StatusCode.of(rawCode), EventSource.WEBHOOK, at(secondsAfterStart));
    }

    static ReportedAmounts amounts(String actual, String received, String fee) {
        return ReportedAmounts.of(usdt(actual), usdt(received), usdt(fee));
    }

    /** An order brought to {@code status} through reports with these amounts. */
    static Order depositIn(OrderStatus status, ReportedAmounts amounts) {
        Order order = deposit();
        if (status != OrderStatus.PENDING) {
            order.apply(event(status, 1).withAmounts(amounts));
        }
        return order;
    }
}
