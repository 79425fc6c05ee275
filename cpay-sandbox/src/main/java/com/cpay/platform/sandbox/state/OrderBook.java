package com.cpay.platform.sandbox.state;

import com.cpay.platform.sandbox.rules.Rejection;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Orders, by C-Pay order id, by merchant + merchantTradeNo and by merchant + transaction hash. Orders are immutable
 * and read without locks. A change of an order (creation, status change) takes its merchant's balance lock
 * ({@link Balances#locked}): the duplicate checks, the balance check, the debit or credit, the new order and its
 * journal line are one step, as they were under the single lock of the earlier store. Merchants do not wait on
 * each other.
 */
public final class OrderBook {

    private record Entry(long sequence, Order order) {
    }

    private final ConcurrentMap<String, Entry> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> byTradeNo = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> byHash = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Balances balances;
    private final Epoch epoch;
    private final StateStore store;

    OrderBook(Iterable<Order> restored, Balances balances, Epoch epoch, StateStore store) {
        this.balances = balances;
        this.epoch = epoch;
        this.store = store;
        restored.forEach(order -> put(sequence.incrementAndGet(), order));
    }

    /**
     * Records a new order in its initial status, applying its balance footprint.
     * @throws Rejection on a duplicate merchantTradeNo or hash, or an insufficient balance
     */
    public Order create(Order order, String reason) {
        return epoch.change(() -> balances.locked(order.merchantId(), accounts -> {
            if (order.merchantTradeNo() != null && byTradeNo.containsKey(tradeKey(order.merchantId(), order.merchantTradeNo()))) {
                throw new Rejection("merchantTradeNo " + order.merchantTradeNo() + " already exists");
            }
            if (order.hash() != null && byHash.containsKey(hashKey(order.merchantId(), order.hash()))) {
                throw new Rejection("hash " + order.hash() + " already exists");
            }
            Map<String, Footprint.Delta> footprint = Footprint.change(null, order);
            accounts.requireFunds(footprint);
            accounts.apply(footprint);
            Order created = order.created(System.currentTimeMillis(), reason);
            put(sequence.incrementAndGet(), created);
            record(created, footprint, accounts);
            return created;
        }));
    }

    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(byId.get(orderId)).map(Entry::order);
    }

    public Optional<Order> findByTradeNo(String merchantId, String merchantTradeNo) {
        return Optional.ofNullable(byTradeNo.get(tradeKey(merchantId, merchantTradeNo))).flatMap(this::find);
    }

    public Optional<Order> findByHash(String merchantId, String hash) {
        return Optional.ofNullable(byHash.get(hashKey(merchantId, hash))).flatMap(this::find);
    }

    /** All orders, oldest first. */
    public List<Order> orders() {
        return byId.values().stream().sorted(Comparator.comparingLong(Entry::sequence)).map(Entry::order).toList();
    }

    /**
     * Moves an order to a status (any status: the control API may also move backwards), applying the change of
     * balance footprint, after letting {@code edit} adjust it (e.g. set the hash).
     * @param expectedVersion when not null, nothing happens unless the order is still at this version
     * @return the transition, or empty when the order is unknown, already in that status, or moved meanwhile
     */
    public Optional<Transition> transition(String orderId, Long expectedVersion, OrderStatus to, String reason,
                                           UnaryOperator<Order> edit) {
        Entry known = byId.get(orderId);
        if (known == null) {
            return Optional.empty();
        }
        return epoch.change(() -> balances.locked(known.order().merchantId(), accounts -> {
            Entry current = byId.get(orderId);
            Order before = current == null ? null : current.order();
            if (before == null || before.status() == to || (expectedVersion != null && before.version() != expectedVersion)) {
                return Optional.<Transition>empty();
            }
            Order after = edit.apply(before).moved(to, System.currentTimeMillis(), reason);
            Map<String, Footprint.Delta> change = Footprint.change(before, after);
            accounts.apply(change);
            put(current.sequence(), after);
            record(after, change, accounts);
            return Optional.of(new Transition(before, after));
        }));
    }

    void clear() {
        byId.clear();
        byTradeNo.clear();
        byHash.clear();
    }

    private void put(long position, Order order) {
        byId.put(order.orderId(), new Entry(position, order));
        if (order.merchantTradeNo() != null) {
            byTradeNo.put(tradeKey(order.merchantId(), order.merchantTradeNo()), order.orderId());
        }
        if (order.hash() != null) {
            byHash.put(hashKey(order.merchantId(), order.hash()), order.orderId());
        }
    }

    private void record(Order order, Map<String, Footprint.Delta> balanceChange, Balances.Accounts accounts) {
        store.record(balanceChange.isEmpty() ? Change.order(order)
                : Change.order(order, accounts.merchantId(), accounts.stored()));
    }

    private static String tradeKey(String merchantId, String merchantTradeNo) {
        return merchantId + "\u0000" + merchantTradeNo;
    }

    private static String hashKey(String merchantId, String hash) {
        return merchantId + "\u0000" + hash.toLowerCase(Locale.ROOT);
    }
}
