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
        fields.put("merchantId", order.getMerchantId());
        fields.put("merchantTradeNo", order.getMerchantTradeNo());
        fields.put("merchantUserId", order.getUserId());
        fields.put("orderId", order.getOrderId());
        fields.put("orderStatus", order.getStatus().code());
        fields.put("hash", order.getHash());
        fields.put("actualAmount", order.getAmount());
        fields.put("receivedAmount", order.getReceivedAmount());
        fields.put("fee", order.getFee());
        fields.put("cryptoCurrency", order.getCurrency());
        fields.put("network", order.getNetwork());
        fields.put("remark", order.getRemark());
        fields.put("extInfo", order.getExtInfo());
        fields.put("createTime", Long.toString(order.getCreateTime()));
        fields.replaceAll((name, value) -> value == null ? "" : value);
        return fields;
    }
}
