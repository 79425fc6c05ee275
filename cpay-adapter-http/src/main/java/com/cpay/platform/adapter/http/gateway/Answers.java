package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.gateway.CpayCallException.Kind;
import com.cpay.platform.adapter.http.wire.LenientText;
import com.cpay.platform.adapter.http.wire.WireStatusCode;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.DecimalText;
import com.cpay.platform.domain.shared.ValidationException;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Lenient reading of answer fields (docs/decisions.md, decisions 2, 8, 18): {@code ""} means absent, numbers arrive as
 * exact text, unknown status codes are kept raw. Amounts are exact: trailing zeros never matter
 * ({@code "0.00"} USDT is fine) but a real extra decimal makes the answer unreadable rather than rounded.
 */
final class Answers {

    private Answers() {
    }

    static Optional<String> text(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    static String text(LenientText value) {
        return value == null ? null : value.text();
    }

    static Optional<CpayOrderId> orderId(String value) {
        return text(value).map(v -> CpayOrderId.of("orderId", v));
    }

    static CpayOrderId requiredOrderId(String operation, String value) {
        return orderId(value).orElseThrow(() -> CpayCallException.of(Kind.INVALID_DATA, operation,
                "C-Pay's answer to " + operation + " has no orderId"));
    }

    static Optional<StatusCode> status(WireStatusCode code) {
        return code == null || code.raw() == null || code.raw().isBlank()
                ? Optional.empty() : Optional.of(StatusCode.of(code.raw()));
    }

    static Optional<StatusCode> status(StatusCode code) {
        return code.raw().isBlank() ? Optional.empty() : Optional.of(code);
    }

    static Optional<Network> network(String value) {
        return text(value).map(Network::of);
    }

    static Optional<BigDecimal> decimal(String field, String value) {
        return text(value).map(v -> DecimalText.parse(field, v, false));
    }

    static Optional<Money> money(String field, String value, Asset asset) {
        return decimal(field, value).map(v -> {
            BigDecimal exact = v.stripTrailingZeros();
            if (exact.scale() > asset.scale()) {
                throw ValidationException.of(field, Money.MAX_SCALE,
                        field + " has more decimals than " + asset.code() + " allows");
            }
            return new Money(exact, asset);
        });
    }

    static Money requiredMoney(String operation, String field, String value, Asset asset) {
        return money(field, value, asset).orElseThrow(() -> CpayCallException.of(Kind.INVALID_DATA, operation,
                "C-Pay's answer to " + operation + " has no " + field));
    }

    /** The amounts an order answer reports, in the order's asset. */
    static ReportedAmounts amounts(Asset asset, String orderAmount, String receivedAmount, String pledgeAmount,
                                   String fee) {
        return ReportedAmounts.none()
                .with(AmountKind.ORDER_AMOUNT, money("orderAmount", orderAmount, asset).orElse(null))
                .with(AmountKind.RECEIVED_AMOUNT, money("receivedAmount", receivedAmount, asset).orElse(null))
                .with(AmountKind.PLEDGE_AMOUNT, money("pledgeAmount", pledgeAmount, asset).orElse(null))
                .with(AmountKind.FEE, money("fee", fee, asset).orElse(null));
    }

    static CpayOrderId recoveredOrderId(String operation, Optional<CpayOrderId> id) {
        return id.orElseThrow(() -> CpayCallException.of(Kind.INVALID_DATA, operation,
                "getOrderDetail found the order of " + operation + " but without its orderId"));
    }
}
