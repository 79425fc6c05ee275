package com.cpay.platform.sandbox.junit;

import com.cpay.platform.sandbox.control.ControlModels.HistoryStep;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;

import java.util.List;

/**
 * An order as the simulated C-Pay holds it. Amounts are the exact decimal texts C-Pay would show.
 *
 * @param kind     CRYPTO_DEPOSIT, NO_ORDER_DEPOSIT, CARD_HOSTED, CARD_DIRECT, CRYPTO_PAYOUT, FIAT_PAYOUT or EXCHANGE
 * @param status   PENDING, PROCESSING, COMPLETED or CLOSED
 * @param statusCode the document's code of the status: 0, 11, 14, 15
 * @param statuses every status the order went through, oldest first
 */
public record SandboxOrder(String orderId, String merchantTradeNo, String kind, String status, String statusCode,
                           String userId, String currency, String network, String amount, String receivedAmount,
                           String fee, String hash, String destination, String callbackUrl, List<String> statuses) {

    static SandboxOrder of(OrderView view) {
        return new SandboxOrder(view.orderId(), view.merchantTradeNo(), view.kind(), view.status(), view.statusCode(),
                view.userId(), view.currency(), view.network(), view.amount(), view.receivedAmount(), view.fee(),
                view.hash(), view.destination(), view.callbackUrl(),
                view.history().stream().map(HistoryStep::status).toList());
    }
}
