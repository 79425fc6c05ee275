package com.cpay.platform.sandbox.state;

import com.cpay.platform.sandbox.rules.Amounts;
import com.cpay.platform.sandbox.rules.Rejection;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Balances per merchant and asset, starting from the configured initial balances. Each merchant's accounts have
 * their own lock; {@link OrderBook} takes it to check, debit and record an order in one step.
 */
public final class Balances {

    private final Map<String, BigDecimal> initial;
    private final Epoch epoch;
    private final StateStore store;
    private final ConcurrentMap<String, Accounts> byMerchant = new ConcurrentHashMap<>();

    Balances(Map<String, BigDecimal> initial, Map<String, Map<String, StoredBalance>> restored, Epoch epoch, StateStore store) {
        this.initial = Map.copyOf(initial);
        this.epoch = epoch;
        this.store = store;
        restored.forEach((merchant, accounts) -> {
            Accounts restoredAccounts = new Accounts(merchant);
            accounts.forEach((asset, stored) -> restoredAccounts.byAsset.put(asset, stored.toBalance(asset)));
            byMerchant.put(merchant, restoredAccounts);
        });
    }

    /** Balances of a merchant by asset. */
    public List<Balance> balances(String merchantId) {
        // shared with changes: a merchant's first look records its initial balances
        return epoch.change(() -> locked(merchantId, accounts -> List.copyOf(accounts.byAsset.values())));
    }

    public Balance set(String merchantId, String asset, BigDecimal available, BigDecimal freeze) {
        return epoch.change(() -> locked(merchantId, accounts -> {
            Balance balance = new Balance(asset, available, freeze);
            accounts.byAsset.put(asset, balance);
            store.record(Change.balances(merchantId, accounts.stored()));
            return balance;
        }));
    }

    /**
     * Runs {@code work} holding the merchant's lock: nothing else changes the merchant's balances meanwhile. Callers
     * are inside {@link Epoch#change}.
     */
    <T> T locked(String merchantId, Function<Accounts, T> work) {
        Accounts accounts = byMerchant.computeIfAbsent(merchantId, this::opened);
        synchronized (accounts) {
            return work.apply(accounts);
        }
    }

    Map<String, Map<String, StoredBalance>> stored() {
        Map<String, Map<String, StoredBalance>> all = new TreeMap<>();
        byMerchant.forEach((merchant, accounts) -> {
            synchronized (accounts) {
                all.put(merchant, accounts.stored());
            }
        });
        return all;
    }

    void clear() {
        byMerchant.clear();
    }

    /** A merchant seen for the first time gets the initial balances, recorded so that a restart keeps them. */
    private Accounts opened(String merchantId) {
        Accounts accounts = new Accounts(merchantId);
        initial.forEach((asset, amount) -> accounts.byAsset.put(asset, new Balance(asset, amount, BigDecimal.ZERO)));
        store.record(Change.balances(merchantId, accounts.stored()));
        return accounts;
    }

    /** One merchant's balances; used only under its own lock. */
    static final class Accounts {
        private final String merchantId;
        private final Map<String, Balance> byAsset = new TreeMap<>();

        private Accounts(String merchantId) {
            this.merchantId = merchantId;
        }

        String merchantId() {
            return merchantId;
        }

        /** @throws Rejection when a debit of the footprint would make an available balance negative */
        void requireFunds(Map<String, Footprint.Delta> footprint) {
            footprint.forEach((asset, delta) -> {
                if (delta.available().signum() < 0) {
                    BigDecimal available = byAsset.getOrDefault(asset, Balance.zero(asset)).available();
                    if (available.add(delta.available()).signum() < 0) {
                        throw new Rejection("insufficient " + asset + " balance: available " + Amounts.text(available)
                                + ", needed " + Amounts.text(delta.available().negate()));
                    }
                }
            });
        }

        void apply(Map<String, Footprint.Delta> deltas) {
            deltas.forEach((asset, d) -> byAsset.merge(asset, Balance.zero(asset).plus(d.available(), d.freeze()),
                    (old, add) -> old.plus(add.available(), add.freeze())));
        }

        Map<String, StoredBalance> stored() {
            Map<String, StoredBalance> stored = new LinkedHashMap<>();
            byAsset.forEach((asset, balance) -> stored.put(asset, StoredBalance.of(balance)));
            return stored;
        }
    }
}
