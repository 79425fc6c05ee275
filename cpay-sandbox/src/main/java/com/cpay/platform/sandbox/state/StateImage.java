package com.cpay.platform.sandbox.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The state as read back at start: the state file, then every journal line applied in order. */
final class StateImage {

    final Map<String, Order> orders = new LinkedHashMap<>();
    final Map<String, Map<String, StoredBalance>> balances = new LinkedHashMap<>();
    final Map<String, WalletAddress> wallets = new LinkedHashMap<>();
    final Map<String, Map<String, String>> kycUsers = new LinkedHashMap<>();
    final Map<String, String> storedCards = new LinkedHashMap<>();

    void apply(Change change) {
        if (Boolean.TRUE.equals(change.reset())) {
            orders.clear();
            balances.clear();
            wallets.clear();
            kycUsers.clear();
            storedCards.clear();
        }
        if (change.orders() != null) {
            change.orders().forEach(order -> orders.put(order.orderId(), order));
        }
        if (change.balances() != null) {
            change.balances().forEach((merchant, accounts) -> balances.put(merchant, new LinkedHashMap<>(accounts)));
        }
        if (change.wallets() != null) {
            change.wallets().forEach(address -> wallets.put(DepositAddresses.key(address), address));
        }
        if (change.kycUsers() != null) {
            change.kycUsers().forEach((merchant, users) -> kycUsers.computeIfAbsent(merchant, m -> new LinkedHashMap<>()).putAll(users));
        }
        if (change.storedCards() != null) {
            storedCards.putAll(change.storedCards());
        }
    }

    Change toSnapshot() {
        return Change.snapshot(List.copyOf(orders.values()), balances, List.copyOf(wallets.values()), kycUsers, storedCards);
    }
}
