package com.cpay.platform.domain.payout;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.order.lifecycle.OrderSubmission;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.Submitted;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.order.PixPayoutDetails;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.payout.model.PixPayoutSettlement;
import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.Violations;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Pays BRL over PIX (createFiatPayoutOrder) and checks C-Pay's answer: orderAmount = receivedAmount + fee,
 * and receivedAmount is the amount asked. An answer that fails the check is still recorded as reported, and
 * the order is flagged for review.
 */
@Service
public final class RequestPixPayoutService implements RequestPixPayoutUseCase {

    private final CpayPayoutGateway gateway;
    private final OrderSubmission submission;

    public RequestPixPayoutService(CpayPayoutGateway gateway, LoadOrderPort load, SaveOrderPort save,
                                   IdGenerator ids, Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.submission = new OrderSubmission(load, save, ids, clock);
    }

    @Override
    public OrderSubmitted requestPixPayout(NewOrder<PixPayoutDetails> asked, OrderUrls urls, Optional<String> remark) {
        Objects.requireNonNull(asked, "order");
        OrderUrls sent = Objects.requireNonNullElse(urls, OrderUrls.none());
        Optional<String> text = CommandRules.orEmpty(remark).filter(value -> !value.isBlank());
        Violations v = new Violations();
        CommandRules.optionalText(v, "remark", text, MAX_REMARK_LENGTH);
        v.throwIfAny();
        Order order = submission.open(asked);
        Money amount = asked.details().terms().amount();
        Submitted<PayoutAccepted> done = submission.submit(order,
                () -> gateway.requestPixPayout(order, sent, text),
                (o, answer) -> record(submission, o, answer, amount));
        return done.result(PayoutAccepted::amounts);
    }

    /** Records a PIX payout answer (also for a resubmitted payout), flagging amounts that do not add up. */
    static Order record(OrderSubmission submission, Order order, PayoutAccepted answer, Money asked) {
        submission.recordAnswer(order, answer.cpayOrderId(), answer.status(), answer.amounts());
        Optional<String> problem = problem(answer, asked);
        problem.ifPresent(text -> order.flagForReview(ReviewReason.AMOUNT_MISMATCH, text, submission.now()));
        return order;
    }

    /** Why the answer's amounts cannot be taken as they are, if they cannot. */
    private static Optional<String> problem(PayoutAccepted answer, Money asked) {
        if (answer.orderAmount().isEmpty() || answer.receivedAmount().isEmpty() || answer.fee().isEmpty()) {
            return Optional.of(
                    "C-Pay's PIX payout answer lacks orderAmount, receivedAmount or fee: the fee cannot be checked");
        }
        try {
            new PixPayoutSettlement(answer.orderAmount().get(), answer.receivedAmount().get(), answer.fee().get())
                    .confirmReceived(asked);
            return Optional.empty();
        } catch (ConflictException e) {
            return Optional.of(e.getMessage());
        }
    }
}
