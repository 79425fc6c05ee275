package com.cpay.platform.sandbox.api;

import com.cpay.platform.sandbox.generated.model.CryptoOrder;
import com.cpay.platform.sandbox.generated.model.FiatPayoutOrder;
import com.cpay.platform.sandbox.generated.model.OrderDetail;
import com.cpay.platform.sandbox.generated.model.PayoutOrder;
import com.cpay.platform.sandbox.state.Order;
import com.cpay.platform.sandbox.wire.LenientText;
import com.cpay.platform.sandbox.wire.WireStatus;

/**
 * Orders as the documented responses show them. merchantId and createTime are written as the document's
 * examples write them: numbers in getOrderDetail (s.9) and createOrderByCreditCard (s.14), strings elsewhere
 * (docs/decisions.md, decision 8), so that clients meet both forms.
 */
final class OrderViews {

    /** pledgeAmount (CryptoOrder, OrderDetail): the simulator takes no pledges. */
    private static final String NO_PLEDGE = "0";

    private OrderViews() {
    }

    static CryptoOrder cryptoOrder(Order order, String cashierUrl) {
        return new CryptoOrder().orderId(order.orderId()).merchantId(LenientText.text(order.merchantId()))
                .cryptoCurrency(order.currency()).orderAmount(order.amount()).receivedAmount(order.receivedAmount())
                .pledgeAmount(NO_PLEDGE).merchantTradeNo(order.merchantTradeNo()).cashierURL(cashierUrl).returnURL("")
                .successURL(blank(order.successUrl())).failURL(blank(order.failUrl()))
                .remark(blank(order.remark())).extInfo(blank(order.extInfo()))
                .status(status(order)).network(order.network()).merchantUserId(order.userId())
                .fee(order.fee()).createTime(LenientText.text(Long.toString(order.createTime())));
    }

    static PayoutOrder payoutOrder(Order order) {
        return new PayoutOrder().merchantId(LenientText.text(order.merchantId())).cryptoCurrency(order.currency())
                .orderAmount(order.amount()).receivedAmount(order.receivedAmount()).fee(order.fee())
                .merchantTradeNo(order.merchantTradeNo()).remark(blank(order.remark())).extInfo(blank(order.extInfo()))
                .status(status(order)).orderId(order.orderId()).network(order.network())
                .merchantUserId(order.userId()).createTime(LenientText.text(Long.toString(order.createTime())));
    }

    static FiatPayoutOrder fiatPayoutOrder(Order order) {
        return new FiatPayoutOrder().merchantId(LenientText.text(order.merchantId())).merchantUserId(order.userId())
                .merchantTradeNo(order.merchantTradeNo()).currency(order.currency()).orderAmount(order.amount())
                .receivedAmount(order.receivedAmount()).status(status(order)).orderId(order.orderId())
                .fee(order.fee()).remark(blank(order.remark()))
                .createTime(LenientText.text(Long.toString(order.createTime())));
    }

    static OrderDetail orderDetail(Order order) {
        return new OrderDetail().orderId(order.orderId()).status(status(order)).merchantTradeNo(order.merchantTradeNo())
                .merchantUserId(order.userId()).hash(order.hash()).actualAmount(order.amount())
                .receivedAmount(order.receivedAmount()).pledgeAmount(NO_PLEDGE).fee(order.fee())
                .currency(order.currency()).createTime(LenientText.number(Long.toString(order.createTime())))
                .merchantId(LenientText.number(order.merchantId())).extInfo(blank(order.extInfo()))
                .network(order.network()).remark(blank(order.remark()));
    }

    static WireStatus status(Order order) {
        return new WireStatus(order.status().code());
    }

    static String blank(String text) {
        return text == null ? "" : text;
    }
}
