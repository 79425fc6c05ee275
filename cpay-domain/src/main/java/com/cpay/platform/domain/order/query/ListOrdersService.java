package com.cpay.platform.domain.order.query;

import com.cpay.platform.domain.order.OrderCursor;
import com.cpay.platform.domain.order.OrderPage;
import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.LoadOrderPort;
import java.util.Objects;

/** Lists stored orders page by page. */
@Service
public final class ListOrdersService implements ListOrdersUseCase {

    private final LoadOrderPort load;

    public ListOrdersService(LoadOrderPort load) {
        this.load = Objects.requireNonNull(load, "load");
    }

    @Override
    public ListOrdersUseCase.Result listOrders(ListOrdersUseCase.Query query) {
        Objects.requireNonNull(query, "query");
        OrderPage page = load.list(query.toOrderQuery());
        return new ListOrdersUseCase.Result(page.orders().stream().map(Order::snapshot).toList(),
                page.next().map(OrderCursor::token));
    }
}
