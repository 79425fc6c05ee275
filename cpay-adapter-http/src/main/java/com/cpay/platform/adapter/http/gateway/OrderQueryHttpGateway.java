package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.generated.model.GetOrderDetailResponse;
import com.cpay.platform.adapter.http.generated.model.OrderDetail;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.CpayTimestamp;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.reconciliation.CpayOrderQueryGateway;
import com.cpay.platform.domain.reconciliation.OrderLookup;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * getOrderDetail (s.9).
 *
 * <p><b>"No such order"</b> (the document defines no code for it; decided here, in one place): the answer is
 * {@code code 0} with {@code data} null or holding neither {@code orderId} nor {@code status}, or a code of
 * {@link #NO_SUCH_ORDER_CODES} (only {@code 1}, the document's generic "fail"). Any other non-zero code is a
 * refusal of the query itself ({@link com.cpay.platform.domain.shared.GatewayRejectedException}).
 */
final class OrderQueryHttpGateway implements CpayOrderQueryGateway {

    static final String OPERATION = "getOrderDetail";
    /** Codes read as "no such order". */
    static final Set<Long> NO_SUCH_ORDER_CODES = Set.of(1L);

    private final CpayCalls calls;
    private final CallRecorder recorder;

    OrderQueryHttpGateway(CpayCalls calls) {
        this(calls, CallRecorder.none());
    }

    OrderQueryHttpGateway(CpayCalls calls, CallRecorder recorder) {
        this.calls = calls;
        this.recorder = recorder;
    }

    @Override
    public Optional<OrderReport> findOrder(OrderLookup lookup) {
        WireParams params = calls.params();
        if (lookup instanceof OrderLookup.ByMerchantTradeNo byTradeNo) {
            params.with("merchantTradeNo", byTradeNo.merchantTradeNo().value());
        } else if (lookup instanceof OrderLookup.ByCpayOrderId byId) {
            params.with("cpayOrderId", byId.cpayOrderId().value());
        } else if (lookup instanceof OrderLookup.ByHash byHash) {
            params.with("hash", byHash.hash().value());
        }
        WireParams.Signed signed = calls.sign(params);
        // only a lookup by merchantTradeNo is known to be about one of our orders
        MerchantTradeNo order = lookup instanceof OrderLookup.ByMerchantTradeNo byTradeNo
                ? byTradeNo.merchantTradeNo() : null;
        Envelope<OrderDetail> answer;
        try {
            answer = calls.query(OPERATION, signed,
                    p -> envelope(calls.call(OPERATION, p, GetOrderDetailResponse.class)));
        } catch (RuntimeException e) {
            recorder.failed(OPERATION, order, e);
            throw e;
        }
        recorder.answered(OPERATION, order, answer);
        if (isNoSuchOrder(answer)) {
            return Optional.empty();
        }
        return Optional.of(calls.read(OPERATION, answer, OrderQueryHttpGateway::report, false));
    }

    static boolean isNoSuchOrder(Envelope<OrderDetail> answer) {
        if (answer.code() != null && NO_SUCH_ORDER_CODES.contains(answer.code())) {
            return true;
        }
        OrderDetail data = answer.data();
        return answer.isSuccess() && (data == null
                || (Answers.text(data.getOrderId()).isEmpty() && Answers.status(data.getStatus()).isEmpty()));
    }

    private static Envelope<OrderDetail> envelope(GetOrderDetailResponse r) {
        return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
    }

    static OrderReport report(OrderDetail d) {
        Map<AmountKind, BigDecimal> amounts = new EnumMap<>(AmountKind.class);
        Answers.decimal("actualAmount", d.getActualAmount()).ifPresent(v -> amounts.put(AmountKind.ACTUAL_AMOUNT, v));
        Answers.decimal("receivedAmount", d.getReceivedAmount())
                .ifPresent(v -> amounts.put(AmountKind.RECEIVED_AMOUNT, v));
        Answers.decimal("pledgeAmount", d.getPledgeAmount()).ifPresent(v -> amounts.put(AmountKind.PLEDGE_AMOUNT, v));
        Answers.decimal("fee", d.getFee()).ifPresent(v -> amounts.put(AmountKind.FEE, v));
        String status = d.getStatus() == null ? null : d.getStatus().raw();
        return new OrderReport(
                Answers.orderId(d.getOrderId()),
                StatusCode.of(status),
                Answers.text(d.getMerchantTradeNo()).map(MerchantTradeNo::new),
                Answers.text(d.getMerchantUserId()).map(v -> UserId.of("merchantUserId", v)),
                Answers.text(d.getHash()).map(TransactionHash::new),
                Answers.text(d.getCurrency()),
                Answers.text(d.getNetwork()).map(Network::of),
                amounts,
                Answers.text(Answers.text(d.getCreateTime())).map(v -> CpayTimestamp.parse("createTime", v)),
                Answers.text(d.getRemark()),
                Answers.text(d.getExtInfo()));
    }
}
