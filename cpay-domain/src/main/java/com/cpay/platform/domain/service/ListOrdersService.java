package com.cpay.platform.domain.service;

import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.port.in.ListOrdersQuery;
import com.cpay.platform.domain.port.in.ListOrdersResult;
import com.cpay.platform.domain.port.in.ListOrdersUseCase;
import com.cpay.platform.domain.port.out.LoadOrderPort;
import com.cpay.platform.domain.port.out.OrderCursor;
import com.cpay.platform.domain.port.out.OrderPage;
import java.util.Objects;

/** Lists stored orders page by page. */
public final class ListOrdersService implements ListOrdersUseCase {

    private final LoadOrderPort load;

    public ListOrdersService(LoadOrderPort load) {
        this.load = Objects.requireNonNull(load, "load");
    }

    @Override
    public ListOrdersResult listOrders(ListOrdersQuery query) {
        Objects.requireNonNull(query, "query");
        OrderPage page = load.list(query.toOrderQuery());
        return new ListOrdersResult(page.orders().stream().map(Order::snapshot).toList(),
                page.next().map(OrderCursor::token));
    }
}
