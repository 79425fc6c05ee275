package com.cpay.platform.domain.order.query;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.shared.NotFoundException;
import java.util.Objects;
import java.util.Optional;

/** Reads one stored order with its history. */
@Service
public final class GetOrderService implements GetOrderUseCase {

    private final LoadOrderPort load;

    public GetOrderService(LoadOrderPort load) {
        this.load = Objects.requireNonNull(load, "load");
    }

    @Override
    public GetOrderUseCase.Result getOrder(GetOrderUseCase.Query query) {
        Objects.requireNonNull(query, "query");
        Optional<Order> order = query.merchantTradeNo().isPresent()
                ? load.findByMerchantTradeNo(query.merchantTradeNo().get())
                : load.findByCpayOrderId(query.cpayOrderId().orElseThrow());
        return new GetOrderUseCase.Result(order.orElseThrow(() -> new NotFoundException("no such order")).snapshot());
    }
}
