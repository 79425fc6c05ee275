package com.cpay.platform.app.webhook;

import com.cpay.platform.domain.order.CpayNotification;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a notification the HTTP adapter verified, by wire name: what the adapter read and checked the
 * signature of, written back field by field ({@code createTime} as epoch milliseconds), unknown extra fields
 * included. For the contract test, which checks that reading kept every field of C-Pay's example; the app itself
 * hands the read notification to the use case as it is.
 */
final class NotificationFields {

    private NotificationFields() {
    }

    static Map<String, String> of(CpayNotification n) {
        Map<String, String> fields = new LinkedHashMap<>(n.extraFields());
        fields.put("merchantId", n.merchantId().value());
        n.merchantTradeNo().ifPresent(v -> fields.put("merchantTradeNo", v.value()));
        n.merchantUserId().ifPresent(v -> fields.put("merchantUserId", v.value()));
        n.orderId().ifPresent(v -> fields.put("orderId", v.value()));
        fields.put("orderStatus", n.orderStatus().raw());
        n.hash().ifPresent(v -> fields.put("hash", v.value()));
        n.actualAmount().ifPresent(v -> fields.put("actualAmount", v));
        n.receivedAmount().ifPresent(v -> fields.put("receivedAmount", v));
        n.fee().ifPresent(v -> fields.put("fee", v));
        n.cryptoCurrency().ifPresent(v -> fields.put("cryptoCurrency", v));
        n.network().ifPresent(v -> fields.put("network", v.wireName()));
        n.remark().ifPresent(v -> fields.put("remark", v));
        n.extInfo().ifPresent(v -> fields.put("extInfo", v));
        fields.put("createTime", Long.toString(n.createTime().toEpochMilli()));
        return fields;
    }
}
