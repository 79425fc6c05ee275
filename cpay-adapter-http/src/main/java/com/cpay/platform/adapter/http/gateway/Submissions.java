package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.gateway.CpayCallException.Kind;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.reconciliation.CpayOrderQueryGateway;
import com.cpay.platform.domain.reconciliation.OrderLookup;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Function;

/**
 * POSTs, which are never re-sent blindly. When a POST times out or its connection is lost, C-Pay may or may not
 * have created the order, so the merchantTradeNo is looked up with getOrderDetail:
 * <ul>
 *   <li>found: the order stands in for the lost answer (what only the answer carried, such as a cashier URL or
 *       3DS page, stays empty);</li>
 *   <li>not found, for an order that moves money out ({@link OrderKind#movesMoneyOut()}: withdraw,
 *       createFiatPayoutOrder, exchange, pwpp): {@link GatewayUnavailableException} with an unknown outcome, never a re-send. The
 *       document defines no "order not found" code (code 1 is its generic "fail"), so a lookup that finds nothing
 *       is no proof that the first request was lost (docs/decisions.md, decision 25);</li>
 *   <li>not found ({@link OrderQueryHttpGateway#isNoSuchOrder}), for a money-in creation (createOrder,
 *       createOrderByCreditCard, which only open a payment page): the same signed request is sent once more;
 *       if C-Pay then refuses it, the order is looked up once again (the first request may have been processed
 *       late and the refusal be a duplicate) before the refusal is passed on;</li>
 *   <li>the lookup itself fails: {@link GatewayUnavailableException} with an unknown outcome.</li>
 * </ul>
 * Any other failure (HTTP 5xx, unreadable answer) is reported at once, outcome unknown, without a re-send.
 */
final class Submissions {

    private static final Logger LOG = LoggerFactory.getLogger(Submissions.class);

    private final CpayCalls calls;
    private final CpayOrderQueryGateway orders;
    private final CallRecorder recorder;

    Submissions(CpayCalls calls, CpayOrderQueryGateway orders) {
        this(calls, orders, CallRecorder.none());
    }

    Submissions(CpayCalls calls, CpayOrderQueryGateway orders, CallRecorder recorder) {
        this.calls = calls;
        this.orders = orders;
        this.recorder = recorder;
    }

    /**
     * @param order     the order the operation creates, or null when it creates none (no recovery possible); whether
     *                  it may be sent a second time is its kind's to say, so that a new kind is never re-sent by
     *                  an operation list someone forgot to extend (docs/decisions.md, decision 25)
     * @param reader    reads a successful answer's data
     * @param recovered builds the result from the order getOrderDetail found
     */
    <D, T> T submit(String operation, Order order, WireParams.Signed params,
                    Function<WireParams.Signed, Envelope<D>> call, Function<D, T> reader,
                    Function<OrderReport, T> recovered) {
        Envelope<D> envelope;
        try {
            envelope = sendOnce(operation, order, params, call);
        } catch (CpayCallException failure) {
            if (order == null || !(failure.kind() == Kind.TIMEOUT || failure.kind() == Kind.CONNECTION_LOST)) {
                throw CpayCalls.unavailable(failure, true, 1);
            }
            return recover(operation, order, params, call, reader, recovered, failure);
        }
        return calls.read(operation, envelope, reader, true);
    }

    private <D, T> T recover(String operation, Order order, WireParams.Signed params,
                             Function<WireParams.Signed, Envelope<D>> call, Function<D, T> reader,
                             Function<OrderReport, T> recovered, CpayCallException failure) {
        MerchantTradeNo tradeNo = order.merchantTradeNo();
        LOG.warn("C-Pay {} for merchantTradeNo {} got no answer ({}); asking getOrderDetail before any re-send",
                operation, tradeNo, failure.kind());
        Optional<OrderReport> found = lookup(operation, tradeNo, failure);
        if (found.isPresent()) {
            LOG.info("C-Pay has order {} after the lost {} answer; using getOrderDetail's report", tradeNo, operation);
            return calls.readData(operation, found.get(), recovered, true);
        }
        if (order.kind().movesMoneyOut()) {
            LOG.warn("getOrderDetail does not show order {}; {} moves money out and is not re-sent: outcome unknown",
                    tradeNo, operation);
            throw new GatewayUnavailableException(failure.getMessage() + "; getOrderDetail does not show order "
                    + tradeNo + ", which is no proof that C-Pay lacks it: " + operation + " is never re-sent "
                    + "automatically, outcome unknown", true, failure);
        }
        LOG.warn("C-Pay has no order {}; sending {} once more", tradeNo, operation);
        Envelope<D> second;
        try {
            second = sendOnce(operation, order, params, call);
        } catch (CpayCallException again) {
            throw CpayCalls.unavailable(again, true, 2);
        }
        try {
            return calls.read(operation, second, reader, true);
        } catch (GatewayRejectedException refused) {
            Optional<OrderReport> late = lookup(operation, tradeNo, failure);
            if (late.isPresent()) {
                LOG.info("C-Pay refused the re-sent {} but has order {}; using getOrderDetail's report",
                        operation, tradeNo);
                return calls.readData(operation, late.get(), recovered, true);
            }
            throw refused;
        }
    }

    /** One attempt, kept in the call log when it is about an order. */
    private <D> Envelope<D> sendOnce(String operation, Order order, WireParams.Signed params,
                                     Function<WireParams.Signed, Envelope<D>> call) {
        MerchantTradeNo tradeNo = order == null ? null : order.merchantTradeNo();
        Envelope<D> envelope;
        try {
            envelope = calls.submitOnce(operation, params, call);
        } catch (CpayCallException failure) {
            recorder.failed(operation, tradeNo, failure);
            throw failure;
        }
        recorder.answered(operation, tradeNo, envelope);
        return envelope;
    }

    private Optional<OrderReport> lookup(String operation, MerchantTradeNo tradeNo, CpayCallException failure) {
        Optional<OrderReport> found;
        try {
            found = orders.findOrder(OrderLookup.of(tradeNo));
        } catch (GatewayRejectedException | GatewayUnavailableException e) {
            failure.addSuppressed(e);
            throw new GatewayUnavailableException(failure.getMessage() + "; getOrderDetail could not tell whether "
                    + "C-Pay has order " + tradeNo + ": outcome unknown", true, failure);
        }
        if (found.isPresent() && found.get().merchantTradeNo().map(no -> !no.equals(tradeNo)).orElse(false)) {
            throw CpayCalls.unavailable(CpayCallException.of(Kind.INVALID_DATA, operation,
                    "getOrderDetail answered for another merchantTradeNo than " + tradeNo), true, 1);
        }
        return found;
    }
}
