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

/** Clears an order's review flag once a person has settled it. */
@Service
public final class MarkOrderReviewedService implements MarkOrderReviewedUseCase {

    private final LoadOrderPort load;
    private final OrderChanges changes;
    private final Clock clock;

    public MarkOrderReviewedService(LoadOrderPort load, SaveOrderPort save, Clock clock) {
        this.load = Objects.requireNonNull(load, "load");
        this.changes = new OrderChanges(load, save);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public OrderSnapshot markReviewed(Command command) {
        Objects.requireNonNull(command, "command");
        Order order = load.findByMerchantTradeNo(command.merchantTradeNo(), HistoryRead.LAST_ENTRY)
                .orElseThrow(() -> new NotFoundException("no order " + command.merchantTradeNo()));
        changes.change(order, o -> {
            // checked on every try: a concurrent reviewer who cleared it first wins, the second learns so
            if (!o.needsReview()) {
                throw new ConflictException("order " + o.merchantTradeNo() + " is not flagged for review");
            }
            o.clearReview(clock.instant());
            return o;
        });
        return load.findByMerchantTradeNo(command.merchantTradeNo()).orElseThrow(
                () -> new NotFoundException("order " + command.merchantTradeNo() + " is no longer stored")).snapshot();
    }
}
