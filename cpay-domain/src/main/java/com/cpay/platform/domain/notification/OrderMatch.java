package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.LoadOrderPort;
import java.util.Optional;

/** How a notification finds its order: by merchantTradeNo, then C-Pay order id, then transaction hash. */
final class OrderMatch {

    private OrderMatch() {
    }

    static Optional<Order> find(LoadOrderPort load, NotificationKeys keys) {
        return keys.merchantTradeNo().flatMap(load::findByMerchantTradeNo)
                .or(() -> keys.orderId().flatMap(load::findByCpayOrderId))
                .or(() -> keys.hash().flatMap(load::findByHash));
    }
}
