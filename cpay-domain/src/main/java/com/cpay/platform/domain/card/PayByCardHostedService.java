package com.cpay.platform.domain.card;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.order.lifecycle.OrderSubmission;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.Submitted;
import com.cpay.platform.domain.order.HostedCardDetails;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Clock;
import java.time.Instant;
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
    public OrderSubmitted payByCardHosted(PayByCardHostedUseCase.Command command) {
        Objects.requireNonNull(command, "command");
        MerchantTradeNo tradeNo = submission.tradeNo(command.merchantTradeNo());
        Instant now = submission.now();
        Order order = Order.newHostedCardPayment(tradeNo, command.userId(), command.amount(), now);
        CpayCardGateway.HostedCheckout checkout = new CpayCardGateway.HostedCheckout(command.products(),
                command.country(), command.email(), command.ip(), command.language(), command.urls(),
                command.extInfo());
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
