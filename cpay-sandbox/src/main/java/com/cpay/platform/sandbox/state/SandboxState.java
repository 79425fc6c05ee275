package com.cpay.platform.sandbox.state;

import com.cpay.platform.sandbox.config.NamedValues;
import com.cpay.platform.sandbox.config.SandboxConfig;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the simulated gateway remembers, by concern: {@link OrderBook orders}, {@link Balances balances},
 * {@link DepositAddresses deposit addresses}, {@link KycRegistry KYC users} and {@link CardVault stored cards}
 * (each a bean of its own, see {@link StateParts}), read back from the {@link StateStore} at start. This class
 * only builds them, snapshots them for the store and resets them all at once.
 */
@Singleton
public class SandboxState {

    private final Epoch epoch = new Epoch();
    private final StateStore store;
    private final Balances balances;
    private final OrderBook orders;
    private final DepositAddresses addresses;
    private final KycRegistry kyc;
    private final CardVault cards;

    public SandboxState(SandboxConfig config, StateStore store) {
        Map<String, BigDecimal> initial = new LinkedHashMap<>();
        NamedValues.parse("cpay.sandbox.initial-balances", config.getInitialBalances())
                .forEach((asset, amount) -> initial.put(asset, new BigDecimal(amount)));
        StateImage image = store.load();
        this.store = store;
        this.balances = new Balances(initial, image.balances, epoch, store);
        this.orders = new OrderBook(image.orders.values(), balances, epoch, store);
        this.addresses = new DepositAddresses(image.wallets.values(), epoch, store);
        this.kyc = new KycRegistry(image.kycUsers, epoch, store);
        this.cards = new CardVault(image.storedCards, epoch, store);
        store.snapshotsFrom(this::snapshot);
    }

    public OrderBook orders() {
        return orders;
    }

    public Balances balances() {
        return balances;
    }

    public DepositAddresses addresses() {
        return addresses;
    }

    public KycRegistry kyc() {
        return kyc;
    }

    public CardVault cards() {
        return cards;
    }

    /** Forgets everything: orders, balances (back to the initial ones), addresses, KYC users, cards. */
    public void reset() {
        epoch.alone(() -> {
            orders.clear();
            balances.clear();
            addresses.clear();
            kyc.clear();
            cards.clear();
            store.record(Change.forgetEverything());
        });
    }

    /**
     * The whole state for a snapshot, taken while changes go on: each order, merchant, user or card is as recent as
     * the journal lines written before the snapshot began, and any later line is replayed over it.
     */
    private Change snapshot() {
        return Change.snapshot(orders.orders(), balances.stored(), addresses.all(), kyc.all(), cards.all());
    }
}
