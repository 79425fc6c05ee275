package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.order.lifecycle.OrderChanges;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.NotFoundException;
import java.time.Clock;
import java.util.Objects;
import org.jmolecules.ddd.annotation.Service;

/** Closes an order a person has settled; holds no gateway, so it cannot reach C-Pay. */
@Service
public final class CloseOrderService implements CloseOrderUseCase {

    private final LoadOrderPort load;
    private final OrderChanges changes;
    private final Clock clock;

    public CloseOrderService(LoadOrderPort load, SaveOrderPort save, Clock clock) {
        this.load = Objects.requireNonNull(load, "load");
        this.changes = new OrderChanges(load, save);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public OrderSnapshot close(Command command) {
        Objects.requireNonNull(command, "command");
        Order order = load.findByMerchantTradeNo(command.merchantTradeNo(), HistoryRead.LAST_ENTRY)
                .orElseThrow(() -> new NotFoundException("no order " + command.merchantTradeNo()));
        changes.change(order, o -> {
            // checked on every try: a concurrent operator who settled it first wins, the second learns so
            if (!o.canBeClosedByOperator()) {
                throw new ConflictException("order " + o.merchantTradeNo() + " is neither flagged for review nor of "
                        + "unknown outcome: there is nothing to close");
            }
            o.closeByOperator(command.note(), clock.instant());
            return o;
        });
        return load.findByMerchantTradeNo(command.merchantTradeNo()).orElseThrow(
                () -> new NotFoundException("order " + command.merchantTradeNo() + " is no longer stored")).snapshot();
    }
}
