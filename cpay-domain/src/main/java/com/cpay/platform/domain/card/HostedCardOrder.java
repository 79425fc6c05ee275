package com.cpay.platform.domain.card;

import com.cpay.platform.domain.shared.GatewayText;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.shared.CpayOrderId;
import java.util.Objects;
import java.util.Optional;

/**
 * C-Pay's answer to createOrderByCreditCard (s.14).
 *
 * @param cpayOrderId       C-Pay's id of the order ({@code orderId})
 * @param cashierUrl        the card payment page ({@code cashierURL})
 * @param status            {@code orderStatus}, raw, when sent (the document's example answers 15 at once)
 * @param amounts           {@code orderAmount}, {@code receivedAmount}, {@code pledgeAmount}, {@code fee} as
 *                          reported, in the order's currency
 * @param responseSignature the answer's {@code sign}, kept as text; whether it was verified is the adapter's
 *                          decision (docs/decisions.md, decision 12). Never logged.
 */
public record HostedCardOrder(
        CpayOrderId cpayOrderId,
        Optional<String> cashierUrl,
        Optional<StatusCode> status,
        ReportedAmounts amounts,
        Optional<String> responseSignature) {

    public HostedCardOrder {
        Objects.requireNonNull(cpayOrderId, "cpayOrderId");
        cashierUrl = GatewayText.nonBlank(cashierUrl);
        status = Objects.requireNonNullElse(status, Optional.empty());
        amounts = Objects.requireNonNullElse(amounts, ReportedAmounts.none());
        responseSignature = GatewayText.nonBlank(responseSignature);
    }

    @Override
    public String toString() {
        return "HostedCardOrder[cpayOrderId=" + cpayOrderId + ", cashierUrl=" + cashierUrl.orElse("none")
                + ", status=" + status.map(StatusCode::toString).orElse("none") + ", amounts=" + amounts
                + ", responseSignature=" + (responseSignature.isPresent() ? "present" : "none") + "]";
    }
}
