package com.cpay.platform.sandbox.webhook;

import com.cpay.platform.sandbox.state.Order;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of the section 15 notification (cpay-webhook.yaml, CpayNotification) for an order, unsigned. */
public final class Notifications {

    private Notifications() {
    }

    public static Map<String, String> fields(Order order) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("merchantId", order.merchantId());
        fields.put("merchantTradeNo", order.merchantTradeNo());
        fields.put("merchantUserId", order.userId());
        fields.put("orderId", order.orderId());
        fields.put("orderStatus", order.status().code());
        fields.put("hash", order.hash());
        fields.put("actualAmount", order.amount());
        fields.put("receivedAmount", order.receivedAmount());
        fields.put("fee", order.fee());
        fields.put("cryptoCurrency", order.currency());
        fields.put("network", order.network());
        fields.put("remark", order.remark());
        fields.put("extInfo", order.extInfo());
        fields.put("createTime", Long.toString(order.createTime()));
        fields.replaceAll((name, value) -> value == null ? "" : value);
        return fields;
    }
}
