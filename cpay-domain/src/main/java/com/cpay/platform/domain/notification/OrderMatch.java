package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.LoadOrderPort;
import java.util.Optional;

/**
 * How a notification finds its order: by merchantTradeNo, then C-Pay order id, then transaction hash. The order is
 * found to be changed, so with only the last entry of its history.
 */
final class OrderMatch {

    private OrderMatch() {
    }

    static Optional<Order> find(LoadOrderPort load, NotificationKeys keys) {
        return keys.merchantTradeNo().flatMap(no -> load.findByMerchantTradeNo(no, HistoryRead.LAST_ENTRY))
                .or(() -> keys.orderId().flatMap(id -> load.findByCpayOrderId(id, HistoryRead.LAST_ENTRY)))
                .or(() -> keys.hash().flatMap(hash -> load.findByHash(hash, HistoryRead.LAST_ENTRY)));
    }
}
