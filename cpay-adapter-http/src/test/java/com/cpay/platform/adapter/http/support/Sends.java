package com.cpay.platform.adapter.http.support;

import com.cpay.platform.domain.card.CardData;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.card.DirectCardPaymentResult;
import com.cpay.platform.domain.card.HostedCardOrder;
import com.cpay.platform.domain.deposit.CpayDepositGateway;
import com.cpay.platform.domain.deposit.CreatedDeposit;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.payout.CpayPayoutGateway;
import com.cpay.platform.domain.payout.PayoutAccepted;

import java.util.Optional;

/**
 * What a use case hands a gateway port for one call: the order as recorded and what is sent beside it, so that a
 * test can build a call once and make it (or change one part of it) later.
 */
public final class Sends {

    private Sends() {
    }

    /** A createOrder call. */
    public record Deposit(Order order, OrderUrls urls, Optional<String> extInfo) {

        public CreatedDeposit sendTo(CpayDepositGateway gateway) {
            return gateway.createDeposit(order, urls, extInfo);
        }
    }

    /** A withdraw call. */
    public record CryptoPayout(Order order, OrderUrls urls) {

        public PayoutAccepted sendTo(CpayPayoutGateway gateway) {
            return gateway.requestCryptoPayout(order, urls);
        }
    }

    /** A createFiatPayoutOrder call. */
    public record PixPayout(Order order, OrderUrls urls, Optional<String> remark) {

        public PayoutAccepted sendTo(CpayPayoutGateway gateway) {
            return gateway.requestPixPayout(order, urls, remark);
        }
    }

    /** A createOrderByCreditCard call. */
    public record HostedCard(Order order, CpayCardGateway.HostedCheckout checkout) {

        public HostedCardOrder sendTo(CpayCardGateway gateway) {
            return gateway.createHostedCardOrder(order, checkout);
        }
    }

    /** A pwpp call. */
    public record DirectCard(Order order, CardData card, CpayCardGateway.DirectCheckout checkout) {

        public DirectCardPaymentResult sendTo(CpayCardGateway gateway) {
            return gateway.payByCard(order, card, checkout);
        }
    }
}
