package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.shared.GatewayText;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What getOrderDetail (s.9) says about an order. Amounts are exact decimals as C-Pay wrote them: the answer
 * does not always name their asset in a way the adapter can trust (card orders), so the order's own asset
 * is applied in {@link #toStatusEvent(Asset, Instant)}.
 *
 * @param cpayOrderId     C-Pay's id ({@code orderId})
 * @param status          {@code status}, raw
 * @param merchantTradeNo our order number, absent for no-order deposits
 * @param merchantUserId  the user
 * @param hash            the on-chain transaction
 * @param currency        {@code currency} as written
 * @param network         the chain
 * @param amounts         {@code actualAmount}, {@code receivedAmount}, {@code pledgeAmount}, {@code fee},
 *                        {@code orderAmount}: those present, exact
 * @param createTime      C-Pay's creation time (docs/decisions.md, decision 22)
 * @param remark          C-Pay's {@code remark}
 * @param extInfo         C-Pay's {@code extInfo}, JSON text kept raw
 */
public record OrderReport(
        Optional<CpayOrderId> cpayOrderId,
        StatusCode status,
        Optional<MerchantTradeNo> merchantTradeNo,
        Optional<UserId> merchantUserId,
        Optional<TransactionHash> hash,
        Optional<String> currency,
        Optional<Network> network,
        Map<AmountKind, BigDecimal> amounts,
        Optional<Instant> createTime,
        Optional<String> remark,
        Optional<String> extInfo) {

    public OrderReport {
        cpayOrderId = Objects.requireNonNullElse(cpayOrderId, Optional.empty());
        Objects.requireNonNull(status, "status");
        merchantTradeNo = Objects.requireNonNullElse(merchantTradeNo, Optional.empty());
        merchantUserId = Objects.requireNonNullElse(merchantUserId, Optional.empty());
        hash = Objects.requireNonNullElse(hash, Optional.empty());
        currency = GatewayText.nonBlank(currency);
        network = Objects.requireNonNullElse(network, Optional.empty());
        EnumMap<AmountKind, BigDecimal> copy = new EnumMap<>(AmountKind.class);
        Objects.requireNonNullElse(amounts, Map.<AmountKind, BigDecimal>of())
                .forEach((kind, value) -> copy.put(Objects.requireNonNull(kind, "kind"),
                        Objects.requireNonNull(value, "amount")));
        amounts = Collections.unmodifiableMap(copy);
        createTime = Objects.requireNonNullElse(createTime, Optional.empty());
        remark = GatewayText.nonBlank(remark);
        extInfo = GatewayText.nonBlank(extInfo);
    }

    /** A bare report: an id and a status. */
    public static OrderReport of(CpayOrderId cpayOrderId, StatusCode status) {
        return new OrderReport(Optional.of(cpayOrderId), status, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The same report with this amount. */
    public OrderReport withAmount(AmountKind kind, BigDecimal value) {
        EnumMap<AmountKind, BigDecimal> copy = new EnumMap<>(AmountKind.class);
        copy.putAll(amounts);
        copy.put(kind, value);
        return new OrderReport(cpayOrderId, status, merchantTradeNo, merchantUserId, hash, currency, network, copy,
                createTime, remark, extInfo);
    }

    /** The same report naming the transaction. */
    public OrderReport withHash(TransactionHash value) {
        return new OrderReport(cpayOrderId, status, merchantTradeNo, merchantUserId, Optional.of(value), currency,
                network, amounts, createTime, remark, extInfo);
    }

    /**
     * The amounts counted in {@code asset}. Trailing zeros never matter ({@code 1.500000000} BTC is fine);
     * a real extra decimal is refused rather than rounded.
     *
     * @throws ValidationException naming the amount's wire field, rule {@code max-scale}
     */
    public ReportedAmounts amountsIn(Asset asset) {
        ReportedAmounts result = ReportedAmounts.none();
        for (Map.Entry<AmountKind, BigDecimal> e : amounts.entrySet()) {
            BigDecimal exact = e.getValue().stripTrailingZeros();
            if (exact.scale() > asset.scale()) {
                throw ValidationException.of(e.getKey().wireName(), Money.MAX_SCALE,
                        e.getKey().wireName() + " has more decimals than " + asset.code() + " allows");
            }
            result = result.with(e.getKey(), new Money(exact, asset));
        }
        return result;
    }

    /** This report as a status event on an order counted in {@code asset}, observed at {@code at}. */
    public StatusEvent toStatusEvent(Asset asset, Instant at) {
        return new StatusEvent(status, amountsIn(asset), cpayOrderId, hash, EventSource.ORDER_QUERY, at);
    }
}
