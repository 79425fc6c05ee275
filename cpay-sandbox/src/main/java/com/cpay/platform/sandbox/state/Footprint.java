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
        Delta plus(Delta other) {
            return new Delta(available.add(other.available), freeze.add(other.freeze));
        }
    }

    private Footprint() {
    }

    /** What moving {@code before} to {@code after} does to the balances (either may be null: no order). */
    static Map<String, Delta> change(Order before, Order after) {
        Map<String, Delta> change = new LinkedHashMap<>();
        if (before != null) {
            of(before, before.status()).forEach((asset, d) -> change.put(asset, new Delta(d.available().negate(), d.freeze().negate())));
        }
        if (after != null) {
            of(after, after.status()).forEach((asset, d) -> change.merge(asset, d, Delta::plus));
        }
        return change;
    }

    static Map<String, Delta> of(Order order, OrderStatus status) {
        Map<String, Delta> deltas = new LinkedHashMap<>();
        switch (order.kind()) {
            case CRYPTO_PAYOUT, FIAT_PAYOUT -> {
                BigDecimal hold = new BigDecimal(order.holdAmount());
                if (!status.terminal()) {
                    deltas.put(order.currency(), new Delta(hold.negate(), hold));
                } else if (status == OrderStatus.COMPLETED) {
                    deltas.put(order.currency(), new Delta(hold.negate(), BigDecimal.ZERO));
                }
            }
            case EXCHANGE -> {
                if (status == OrderStatus.COMPLETED) {
                    deltas.put(order.sourceCurrency(), new Delta(new BigDecimal(order.sourceAmount()).negate(), BigDecimal.ZERO));
                    deltas.merge(order.currency(), new Delta(new BigDecimal(order.amount()), BigDecimal.ZERO), Delta::plus);
                }
            }
            // every kind listed, no default: a new kind must say what it does to balances (a default credited it)
            case CRYPTO_DEPOSIT, NO_ORDER_DEPOSIT, CARD_HOSTED, CARD_DIRECT -> {
                if (status == OrderStatus.COMPLETED) {
                    deltas.put(order.currency(), new Delta(new BigDecimal(order.receivedAmount()), BigDecimal.ZERO));
                }
            }
        }
        return deltas;
    }
}
