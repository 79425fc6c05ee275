package com.cpay.platform.domain.payout;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.exchange.ExchangeService;
import com.cpay.platform.domain.order.lifecycle.LookupSchedule;
import com.cpay.platform.domain.order.lifecycle.OrderChanges;
import com.cpay.platform.domain.order.lifecycle.OrderSubmission;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.order.PixPayoutDetails;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.exchange.CpayExchangeGateway;
import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The operator's resubmission of a money-out order (docs/decisions.md, decision 25). The request is rebuilt from the
 * stored order with the original createTime, so that it is the same request as far as the order keeps it; the
 * decision is saved before anything is sent, so a concurrent second resubmission loses on the order's version
 * and sends nothing.
 */
@Service
public final class ResubmitOrderService implements ResubmitOrderUseCase {

    /** Rule word: a direct card payment's card data is never kept, so it cannot be sent again. */
    public static final String CARD_DATA_NOT_KEPT = "card-data-not-kept";

    private final CpayPayoutGateway payouts;
    private final CpayExchangeGateway exchanges;
    private final LoadOrderPort load;
    private final SaveOrderPort save;
    private final OrderSubmission submission;
    private final OrderChanges changes;

    public ResubmitOrderService(CpayPayoutGateway payouts, CpayExchangeGateway exchanges, LoadOrderPort load,
                                SaveOrderPort save, IdGenerator ids, Clock clock) {
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.exchanges = Objects.requireNonNull(exchanges, "exchanges");
        this.load = Objects.requireNonNull(load, "load");
        this.save = Objects.requireNonNull(save, "save");
        this.submission = new OrderSubmission(load, save, ids, clock);
        this.changes = new OrderChanges(load, save);
    }

    @Override
    public OrderSubmitted resubmit(Command command) {
        Objects.requireNonNull(command, "command");
        Order order = load.findByMerchantTradeNo(command.merchantTradeNo())
                .orElseThrow(() -> new NotFoundException("no order " + command.merchantTradeNo()));
        if (order.kind() == OrderKind.DIRECT_CARD) {
            throw ValidationException.of("merchantTradeNo", CARD_DATA_NOT_KEPT, "a direct card payment cannot be "
                    + "resubmitted: its card data is never kept; ask the cardholder to pay again with a new order");
        }
        if (!order.canBeResubmitted()) {
            throw new ConflictException("order " + order.merchantTradeNo() + " cannot be resubmitted: only an open "
                    + "money-out order that C-Pay never gave an id, in review or with an unknown outcome, can be");
        }
        if (order.details() instanceof CryptoPayoutDetails d) {
            // refused (422) before anything is recorded: a payout stored before the address checksums were
            // checked must not go out again to an address they refuse
            d.checkedAddress();
        }
        Instant now = submission.now();
        order.recordResubmission(command.reason(), now);
        // no redo on a fresh read: losing the version race means someone else is resubmitting it
        Order stored = save.update(order);
        try {
            return send(stored, command);
        } catch (GatewayRejectedException e) {
            Order refused = settle(stored, o -> {
                o.flagForReview(ReviewReason.RESUBMISSION_REFUSED, "C-Pay refused the resubmission with code "
                        + e.code() + e.gatewayMessage().map(m -> " (" + m + ")").orElse("")
                        + e.traceId().map(t -> ", traceid " + t).orElse("") + "; C-Pay may refuse a repeated "
                        + "merchantTradeNo because the first request did arrive, so the order is not closed",
                        submission.now());
                return o;
            });
            return new OrderSubmitted(refused.snapshot(),
                    new SubmissionOutcome.Rejected(e.code(), e.gatewayMessage(), e.traceId()), ReportedAmounts.none());
        } catch (GatewayUnavailableException e) {
            Instant at = submission.now();
            Order unanswered = settle(stored, o -> {
                if (e.outcomeUnknown()) {
                    o.markOutcomeUnknown(e.getMessage(), EventSource.OPERATOR, at, LookupSchedule.first(at));
                } else {
                    o.flagForReview(ReviewReason.OUTCOME_UNKNOWN, "the resubmission never reached C-Pay: "
                            + e.getMessage(), at);
                }
                return o;
            });
            return new OrderSubmitted(unanswered.snapshot(), e.outcomeUnknown()
                    ? new SubmissionOutcome.Unconfirmed(e.getMessage()) : new SubmissionOutcome.NotSent(e.getMessage(), e.retryAfter()),
                    ReportedAmounts.none());
        }
    }

    private OrderSubmitted send(Order order, Command command) {
        if (order.details() instanceof CryptoPayoutDetails) {
            var answer = payouts.requestCryptoPayout(order, command.urls());
            return accepted(settle(order, o -> submission.recordAnswer(o, answer.cpayOrderId(), answer.status(),
                    answer.amounts())), answer.amounts());
        }
        if (order.details() instanceof PixPayoutDetails d) {
            // the first request's remark is not kept: the resubmission sends none
            var answer = payouts.requestPixPayout(order, command.urls(), Optional.empty());
            return accepted(settle(order, o -> RequestPixPayoutService.record(submission, o, answer,
                    d.terms().amount())), answer.amounts());
        }
        if (order.details() instanceof ExchangeDetails) {
            var answer = exchanges.exchange(order);
            return accepted(settle(order, o -> ExchangeService.record(o, answer, submission.now())),
                    ExchangeService.amounts(answer.result()));
        }
        throw new IllegalStateException("a " + order.kind() + " order is not resubmitted");
    }

    private static OrderSubmitted accepted(Order order, ReportedAmounts answered) {
        return new OrderSubmitted(order.snapshot(), new SubmissionOutcome.Accepted(), answered);
    }

    private Order settle(Order order, UnaryOperator<Order> change) {
        return changes.change(order, change);
    }
}
