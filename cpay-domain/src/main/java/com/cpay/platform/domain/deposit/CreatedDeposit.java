package com.cpay.platform.domain.deposit;

import com.cpay.platform.domain.shared.GatewayText;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.shared.CpayOrderId;
import java.util.Objects;
import java.util.Optional;

/**
 * C-Pay's answer to createOrder (s.13). The document's example omits several fields (even {@code status}),
 * so everything but the order id is optional.
 *
 * @param cpayOrderId C-Pay's id of the new order ({@code orderId})
 * @param cashierUrl  the payment page to send the user to ({@code cashierURL})
 * @param status      the status, raw, when C-Pay sent one
 * @param amounts     the amounts as reported ({@code orderAmount}, {@code receivedAmount}, {@code pledgeAmount},
 *                    {@code fee}), in the deposit's crypto asset
 * @param network     the chain, when C-Pay named it
 * @param remark      C-Pay's {@code remark}
 * @param extInfo     C-Pay's {@code extInfo}, JSON text kept raw
 */
public record CreatedDeposit(
        CpayOrderId cpayOrderId,
        Optional<String> cashierUrl,
        Optional<StatusCode> status,
        ReportedAmounts amounts,
        Optional<Network> network,
        Optional<String> remark,
        Optional<String> extInfo) {

    public CreatedDeposit {
        Objects.requireNonNull(cpayOrderId, "cpayOrderId");
        cashierUrl = GatewayText.nonBlank(cashierUrl);
        status = Objects.requireNonNullElse(status, Optional.empty());
        amounts = Objects.requireNonNullElse(amounts, ReportedAmounts.none());
        network = Objects.requireNonNullElse(network, Optional.empty());
        remark = GatewayText.nonBlank(remark);
        extInfo = GatewayText.nonBlank(extInfo);
    }

    /** An answer carrying only the id and the cashier page. */
    public static CreatedDeposit of(CpayOrderId cpayOrderId, String cashierUrl) {
        return new CreatedDeposit(cpayOrderId, Optional.ofNullable(cashierUrl), Optional.empty(),
                ReportedAmounts.none(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
