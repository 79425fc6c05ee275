package com.cpay.platform.domain.card;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.order.lifecycle.OrderSubmission;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.Submitted;
import com.cpay.platform.domain.order.HostedCardDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Opens card orders on C-Pay's hosted payment page (createOrderByCreditCard). */
@Service
public final class PayByCardHostedService implements PayByCardHostedUseCase {

    private final CpayCardGateway gateway;
    private final OrderSubmission submission;

    public PayByCardHostedService(CpayCardGateway gateway, LoadOrderPort load, SaveOrderPort save, IdGenerator ids,
                                  Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.submission = new OrderSubmission(load, save, ids, clock);
    }

    @Override
    public OrderSubmitted payByCardHosted(NewOrder<HostedCardDetails> asked, CpayCardGateway.HostedCheckout checkout) {
        Objects.requireNonNull(asked, "order");
        Objects.requireNonNull(checkout, "checkout");
        Order order = submission.open(asked);
        Submitted<HostedCardOrder> done =
                submission.submit(order, () -> gateway.createHostedCardOrder(order, checkout), this::record);
        return done.result(HostedCardOrder::amounts);
    }

    private Order record(Order order, HostedCardOrder answer) {
        submission.recordAnswer(order, Optional.of(answer.cpayOrderId()), answer.status(), answer.amounts());
        if (answer.cashierUrl().isPresent() && order.details() instanceof HostedCardDetails details) {
            order.updateDetails(details.withCashierUrl(answer.cashierUrl().get()), submission.now());
        }
        return order;
    }
}
