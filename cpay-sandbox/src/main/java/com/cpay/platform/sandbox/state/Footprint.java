package com.cpay.platform.sandbox.state;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an order in a given status does to the balances, relative to no order at all. Moving an order from
 * status A to B applies footprint(B) - footprint(A), so any move (also backwards, through the control API)
 * keeps the balances consistent.
 * <ul>
 *   <li>payouts: while open, holdAmount moves from available to freeze; COMPLETED: holdAmount is gone;
 *       CLOSED: nothing (the hold returns to available);</li>
 *   <li>deposits and card payments: COMPLETED credits receivedAmount;</li>
 *   <li>exchange: COMPLETED debits sourceAmount of sourceCurrency and credits amount of currency.</li>
 * </ul>
 */
final class Footprint {

    record Delta(BigDecimal available, BigDecimal freeze) {
    }

    private Footprint() {
    }

    static Map<String, Delta> of(Order order, OrderStatus status) {
        Map<String, Delta> deltas = new LinkedHashMap<>();
        switch (order.getKind()) {
            case CRYPTO_PAYOUT, FIAT_PAYOUT -> {
                BigDecimal hold = new BigDecimal(order.getHoldAmount());
                if (!status.terminal()) {
                    deltas.put(order.getCurrency(), new Delta(hold.negate(), hold));
                } else if (status == OrderStatus.COMPLETED) {
                    deltas.put(order.getCurrency(), new Delta(hold.negate(), BigDecimal.ZERO));
                }
            }
            case EXCHANGE -> {
                if (status == OrderStatus.COMPLETED) {
                    deltas.put(order.getSourceCurrency(), new Delta(new BigDecimal(order.getSourceAmount()).negate(), BigDecimal.ZERO));
                    deltas.merge(order.getCurrency(), new Delta(new BigDecimal(order.getAmount()), BigDecimal.ZERO),
                            (a, b) -> new Delta(a.available().add(b.available()), a.freeze().add(b.freeze())));
                }
            }
            default -> {
                if (status == OrderStatus.COMPLETED) {
                    deltas.put(order.getCurrency(), new Delta(new BigDecimal(order.getReceivedAmount()), BigDecimal.ZERO));
                }
            }
        }
        return deltas;
    }
}
