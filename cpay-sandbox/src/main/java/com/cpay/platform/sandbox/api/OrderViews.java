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
        return new CryptoOrder().orderId(order.getOrderId()).merchantId(LenientText.text(order.getMerchantId()))
                .cryptoCurrency(order.getCurrency()).orderAmount(order.getAmount()).receivedAmount(order.getReceivedAmount())
                .pledgeAmount(NO_PLEDGE).merchantTradeNo(order.getMerchantTradeNo()).cashierURL(cashierUrl).returnURL("")
                .successURL(blank(order.getSuccessUrl())).failURL(blank(order.getFailUrl()))
                .remark(blank(order.getRemark())).extInfo(blank(order.getExtInfo()))
                .status(status(order)).network(order.getNetwork()).merchantUserId(order.getUserId())
                .fee(order.getFee()).createTime(LenientText.text(Long.toString(order.getCreateTime())));
    }

    static PayoutOrder payoutOrder(Order order) {
        return new PayoutOrder().merchantId(LenientText.text(order.getMerchantId())).cryptoCurrency(order.getCurrency())
                .orderAmount(order.getAmount()).receivedAmount(order.getReceivedAmount()).fee(order.getFee())
                .merchantTradeNo(order.getMerchantTradeNo()).remark(blank(order.getRemark())).extInfo(blank(order.getExtInfo()))
                .status(status(order)).orderId(order.getOrderId()).network(order.getNetwork())
                .merchantUserId(order.getUserId()).createTime(LenientText.text(Long.toString(order.getCreateTime())));
    }

    static FiatPayoutOrder fiatPayoutOrder(Order order) {
        return new FiatPayoutOrder().merchantId(LenientText.text(order.getMerchantId())).merchantUserId(order.getUserId())
                .merchantTradeNo(order.getMerchantTradeNo()).currency(order.getCurrency()).orderAmount(order.getAmount())
                .receivedAmount(order.getReceivedAmount()).status(status(order)).orderId(order.getOrderId())
                .fee(order.getFee()).remark(blank(order.getRemark()))
                .createTime(LenientText.text(Long.toString(order.getCreateTime())));
    }

    static OrderDetail orderDetail(Order order) {
        return new OrderDetail().orderId(order.getOrderId()).status(status(order)).merchantTradeNo(order.getMerchantTradeNo())
                .merchantUserId(order.getUserId()).hash(order.getHash()).actualAmount(order.getAmount())
                .receivedAmount(order.getReceivedAmount()).pledgeAmount(NO_PLEDGE).fee(order.getFee())
                .currency(order.getCurrency()).createTime(LenientText.number(Long.toString(order.getCreateTime())))
                .merchantId(LenientText.number(order.getMerchantId())).extInfo(blank(order.getExtInfo()))
                .network(order.getNetwork()).remark(blank(order.getRemark()));
    }

    static WireStatus status(Order order) {
        return new WireStatus(order.getStatus().code());
    }

    static String blank(String text) {
        return text == null ? "" : text;
    }
}
