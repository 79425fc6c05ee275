package com.cpay.platform.domain.payout;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.order.lifecycle.OrderSubmission;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.Submitted;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import java.time.Clock;
import java.util.Objects;

/** Sends crypto to users' external addresses (withdraw). */
@Service
public final class RequestCryptoPayoutService implements RequestCryptoPayoutUseCase {

    private final CpayPayoutGateway gateway;
    private final OrderSubmission submission;

    public RequestCryptoPayoutService(CpayPayoutGateway gateway, LoadOrderPort load, SaveOrderPort save,
                                      IdGenerator ids, Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.submission = new OrderSubmission(load, save, ids, clock);
    }

    @Override
    public OrderSubmitted requestCryptoPayout(NewOrder<CryptoPayoutDetails> asked, OrderUrls urls) {
        Objects.requireNonNull(asked, "order");
        OrderUrls sent = Objects.requireNonNullElse(urls, OrderUrls.none()).callbackOnly("a crypto payout");
        Order order = submission.open(asked);
        Submitted<PayoutAccepted> done = submission.submit(order, () -> gateway.requestCryptoPayout(order, sent),
                (o, answer) -> submission.recordAnswer(o, answer.cpayOrderId(), answer.status(), answer.amounts()));
        return done.result(PayoutAccepted::amounts);
    }
}
