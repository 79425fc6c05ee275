package com.cpay.platform.domain.card;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.order.lifecycle.OrderSubmission;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.Submitted;
import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Charges cards host-to-host with 3DS (pwpp). The amount is the one rounded down to 2 decimals, sent and
 * stored as charged, and reported back with what was asked. Only the masked card is stored.
 */
@Service
public final class PayByCardDirectService implements PayByCardDirectUseCase {

    private final CpayCardGateway gateway;
    private final OrderSubmission submission;

    public PayByCardDirectService(CpayCardGateway gateway, LoadOrderPort load, SaveOrderPort save, IdGenerator ids,
                                  Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.submission = new OrderSubmission(load, save, ids, clock);
    }

    @Override
    public OrderSubmitted payByCardDirect(NewOrder<CardPaymentDetails> asked, CardData card,
                                          CpayCardGateway.DirectCheckout checkout) {
        Objects.requireNonNull(asked, "order");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(checkout, "checkout");
        if (!asked.details().card().equals(card.maskedPan())) {
            throw new IllegalArgumentException("the order does not hold the masked number of the card to charge");
        }
        if (card.isExpiredIn(YearMonth.now(submission.clock()))) {
            throw ValidationException.of("expDate", "expired", "the card has expired");
        }
        Order order = submission.open(asked);
        Submitted<DirectCardPaymentResult> done =
                submission.submit(order, () -> gateway.payByCard(order, card, checkout), this::record);
        // pwpp answers no amounts: where the holder goes next is on the order
        return done.result(answer -> ReportedAmounts.none());
    }

    private Order record(Order order, DirectCardPaymentResult answer) {
        Instant now = submission.now();
        answer.cpayOrderId().ifPresent(id -> order.assignCpayOrderId(id, now));
        if (order.details() instanceof CardPaymentDetails details) {
            CardPaymentDetails next = details;
            if (answer.redirect().isPresent()) {
                next = next.withRedirect(answer.redirect().get());
            }
            if (answer.ccStorageId().isPresent()) {
                next = next.withCcStorageId(answer.ccStorageId().get());
            }
            order.updateDetails(next, now);
        }
        return order;
    }
}
