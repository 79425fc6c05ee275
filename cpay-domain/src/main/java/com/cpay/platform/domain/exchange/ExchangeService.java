package com.cpay.platform.domain.exchange;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.order.lifecycle.OrderSubmission;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.Submitted;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.quote.model.ExchangeResult;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Exchanges currencies at C-Pay (exchange). C-Pay's answer is the completed exchange (the amount the user
 * "gets after the exchange", s.10) and carries no status, so an answered exchange is recorded COMPLETED with
 * the target amount as received amount and the fee, both in the target currency. An answer in another
 * currency than asked is recorded COMPLETED without amounts and flagged for review.
 */
@Service
public final class ExchangeService implements ExchangeUseCase {

    private final CpayExchangeGateway gateway;
    private final OrderSubmission submission;

    public ExchangeService(CpayExchangeGateway gateway, LoadOrderPort load, SaveOrderPort save, IdGenerator ids,
                           Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.submission = new OrderSubmission(load, save, ids, clock);
    }

    @Override
    public OrderSubmitted exchange(NewOrder<ExchangeDetails> asked) {
        Objects.requireNonNull(asked, "order");
        Order order = submission.open(asked);
        Submitted<ExchangeAccepted> done = submission.submit(order, () -> gateway.exchange(order),
                (o, answer) -> record(o, answer, submission.now()));
        return done.result(answer -> amounts(answer.result()));
    }

    /** Records an exchange answer (also for a resubmitted exchange). */
    public static Order record(Order order, ExchangeAccepted answer, Instant now) {
        ExchangeResult result = answer.result();
        Asset asked = order.details().reportingAsset();
        if (!result.target().equals(asked)) {
            order.apply(completed(ReportedAmounts.none(), answer, now));
            // the order keeps no result in another currency: the note keeps C-Pay's for the reviewer
            order.flagForReview(ReviewReason.AMOUNT_MISMATCH,
                    "C-Pay exchanged into " + result.target() + " instead of " + asked + ": " + result.targetAmount()
                            + " at rate " + result.rate().toWireString() + ", fee " + result.fee(), now);
            return order;
        }
        order.apply(completed(amounts(result), answer, now));
        if (order.details() instanceof ExchangeDetails details) {
            order.updateDetails(details.withResult(result), now);
        }
        return order;
    }

    /** An exchange's amounts as an order reports them (also for a resubmitted one): what the user gets, and the fee. */
    public static ReportedAmounts amounts(ExchangeResult result) {
        return ReportedAmounts.none()
                .with(AmountKind.RECEIVED_AMOUNT, result.targetAmount())
                .with(AmountKind.FEE, result.fee());
    }

    private static StatusEvent completed(ReportedAmounts amounts, ExchangeAccepted answer, Instant now) {
        return new StatusEvent(StatusCode.of(OrderStatus.COMPLETED), amounts, answer.cpayOrderId(), Optional.empty(),
                EventSource.CREATE_RESPONSE, now);
    }
}
