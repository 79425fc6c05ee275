package com.cpay.platform.domain.deposit;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.order.lifecycle.OrderSubmission;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.Submitted;
import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.ExtInfo;
import com.cpay.platform.domain.shared.Violations;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Opens crypto deposits at C-Pay (createOrder). */
@Service
public final class CreateDepositService implements CreateDepositUseCase {

    private final CpayDepositGateway gateway;
    private final OrderSubmission submission;

    public CreateDepositService(CpayDepositGateway gateway, LoadOrderPort load, SaveOrderPort save, IdGenerator ids,
                                Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.submission = new OrderSubmission(load, save, ids, clock);
    }

    @Override
    public OrderSubmitted createDeposit(NewOrder<CryptoDepositDetails> asked, OrderUrls urls,
                                        Optional<String> extInfo) {
        Objects.requireNonNull(asked, "order");
        OrderUrls sent = Objects.requireNonNullElse(urls, OrderUrls.none());
        Violations v = new Violations();
        Optional<String> ext = ExtInfo.check(v, extInfo);
        v.throwIfAny();
        Order order = submission.open(asked);
        Submitted<CreatedDeposit> done = submission.submit(order,
                () -> gateway.createDeposit(order, sent, ext), this::record);
        return done.result(CreatedDeposit::amounts);
    }

    private Order record(Order order, CreatedDeposit answer) {
        submission.recordAnswer(order, Optional.of(answer.cpayOrderId()), answer.status(), answer.amounts());
        if (order.details() instanceof CryptoDepositDetails details) {
            CryptoDepositDetails next = details;
            if (answer.cashierUrl().isPresent()) {
                next = next.withCashierUrl(answer.cashierUrl().get());
            }
            if (answer.network().isPresent()) {
                next = next.withNetwork(answer.network().get());
            }
            order.updateDetails(next, submission.now());
        }
        return order;
    }
}
