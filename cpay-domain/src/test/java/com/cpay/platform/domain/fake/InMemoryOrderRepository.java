package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.StatusChange;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.order.OrderCursor;
import com.cpay.platform.domain.order.OrderPage;
import com.cpay.platform.domain.order.OrderQuery;
import com.cpay.platform.domain.order.query.AttentionCounts;
import com.cpay.platform.domain.order.query.CountOrdersPort;
import com.cpay.platform.domain.order.OrderRepository;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.TransactionHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Order storage in memory, behaving as the database must: merchantTradeNo unique, optimistic version checked
 * and incremented on every update, history appended (an order read with only its last entry, as use cases read
 * orders to change them, stores like one read whole), each caller getting its own {@link Order} instance, leases
 * exclusive. Thread-safe (one lock; fine for tests).
 */
public final class InMemoryOrderRepository implements OrderRepository, CountOrdersPort {

    private static final Comparator<OrderSnapshot> NEWEST_FIRST = Comparator
            .comparing(OrderSnapshot::createdAt).reversed()
            .thenComparing(s -> s.merchantTradeNo().value(), Comparator.reverseOrder());

    private final Clock clock;
    private final Map<String, OrderSnapshot> orders = new LinkedHashMap<>();
    private final Map<String, Lease> leases = new HashMap<>();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger wholeHistoryReads = new AtomicInteger();
    private volatile Duration pauseAfterReads = Duration.ZERO;

    public InMemoryOrderRepository(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Makes every find wait this long after reading, outside the lock, so concurrency tests see the races a
     * real database shows between reading an order and saving it.
     */
    public void pauseAfterReads(Duration pause) {
        pauseAfterReads = Objects.requireNonNull(pause, "pause");
    }

    @Override
    public Optional<Order> findByMerchantTradeNo(MerchantTradeNo merchantTradeNo) {
        return findByMerchantTradeNo(merchantTradeNo, HistoryRead.FULL);
    }

    @Override
    public Optional<Order> findByCpayOrderId(CpayOrderId cpayOrderId) {
        return findByCpayOrderId(cpayOrderId, HistoryRead.FULL);
    }

    @Override
    public Optional<Order> findByHash(TransactionHash hash) {
        return findByHash(hash, HistoryRead.FULL);
    }

    @Override
    public Optional<Order> findByMerchantTradeNo(MerchantTradeNo merchantTradeNo, HistoryRead read) {
        return paused(find(s -> s.merchantTradeNo().equals(merchantTradeNo), read));
    }

    @Override
    public Optional<Order> findByCpayOrderId(CpayOrderId cpayOrderId, HistoryRead read) {
        return paused(find(s -> s.cpayOrderId().filter(cpayOrderId::equals).isPresent(), read));
    }

    @Override
    public Optional<Order> findByHash(TransactionHash hash, HistoryRead read) {
        return paused(find(s -> hashOf(s).filter(hash::equals).isPresent(), read));
    }

    @Override
    public synchronized Map<OrderStatus, Long> countByStatus() {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, 0L);
        }
        orders.values().forEach(s -> counts.merge(s.status(), 1L, Long::sum));
        return counts;
    }

    @Override
    public synchronized Map<OrderStatus, Long> countOpenByStatus() {
        Map<OrderStatus, Long> counts = countByStatus();
        counts.keySet().removeIf(OrderStatus::isTerminal);
        return counts;
    }

    @Override
    public synchronized AttentionCounts countNeedingAttention() {
        return new AttentionCounts(orders.values().stream().filter(OrderSnapshot::needsReview).count(),
                orders.values().stream().filter(s -> s.outcomeUnknown().isPresent()).count());
    }

    @Override
    public synchronized OrderPage list(OrderQuery q) {
        List<OrderSnapshot> matching = orders.values().stream()
                .filter(s -> q.status().map(st -> s.status() == st).orElse(true))
                .filter(s -> q.kind().map(k -> s.kind() == k).orElse(true))
                .filter(s -> q.userId().map(u -> s.userId().equals(u)).orElse(true))
                .filter(s -> q.createdFrom().map(f -> !s.createdAt().isBefore(f)).orElse(true))
                .filter(s -> q.createdTo().map(t -> s.createdAt().isBefore(t)).orElse(true))
                .filter(s -> q.needsReview().map(r -> s.needsReview() == r).orElse(true))
                .filter(s -> q.outcomeUnknown().map(u -> s.outcomeUnknown().isPresent() == u).orElse(true))
                .filter(s -> q.updatedSince().map(u -> !s.updatedAt().isBefore(u)).orElse(true))
                .filter(s -> q.cpayOrderId().map(id -> s.cpayOrderId().equals(Optional.of(id))).orElse(true))
                .filter(s -> q.hash().map(h -> hashOf(s).equals(Optional.of(h))).orElse(true))
                .filter(s -> q.after().map(c -> comesAfter(s, c)).orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(q.limit() + 1L)
                .toList();
        boolean more = matching.size() > q.limit();
        List<OrderSnapshot> page = more ? matching.subList(0, q.limit()) : matching;
        Optional<OrderCursor> next = more
                ? Optional.of(new OrderCursor(page.get(page.size() - 1).createdAt(),
                        page.get(page.size() - 1).merchantTradeNo()))
                : Optional.empty();
        return new OrderPage(page.stream().map(Order::rehydrate).toList(), next);
    }

    @Override
    public synchronized Order insert(Order order) {
        OrderSnapshot snapshot = order.snapshot();
        if (snapshot.historyOffset() != 0) {
            throw new IllegalArgumentException("a new order holds its whole history");
        }
        String key = snapshot.merchantTradeNo().value();
        if (orders.containsKey(key)) {
            conflicts.incrementAndGet();
            throw new ConflictException("an order with merchantTradeNo " + key + " already exists");
        }
        orders.put(key, snapshot);
        return Order.rehydrate(snapshot);
    }

    @Override
    public synchronized Order update(Order order) {
        OrderSnapshot next = order.snapshot();
        String key = next.merchantTradeNo().value();
        OrderSnapshot stored = orders.get(key);
        if (stored == null) {
            throw new NotFoundException("no order " + key);
        }
        if (stored.version() != next.version()) {
            conflicts.incrementAndGet();
            throw new ConcurrentUpdateException(next.merchantTradeNo(), next.version());
        }
        int storedEntries = stored.history().size();
        if (next.historySize() < storedEntries || next.historyOffset() > storedEntries) {
            throw new IllegalArgumentException("order " + key + ": the history is append-only");
        }
        List<StatusChange> whole = new ArrayList<>(stored.history());
        whole.addAll(next.history().subList(storedEntries - next.historyOffset(), next.history().size()));
        orders.put(key, withVersion(next, next.version() + 1).withHistory(whole));
        return Order.rehydrate(withVersion(next, next.version() + 1));
    }

    @Override
    public synchronized List<Order> leaseStaleOrders(int max, Duration olderThan, String holder, Duration leaseFor) {
        Instant now = clock.instant();
        Instant quietSince = now.minus(olderThan);
        List<OrderSnapshot> stale = orders.values().stream()
                .filter(s -> !s.status().isTerminal())
                .filter(s -> !s.updatedAt().isAfter(quietSince))
                .filter(s -> s.outcomeUnknown().map(u -> !u.nextLookupAt().isAfter(now)).orElse(true))
                .filter(s -> Optional.ofNullable(leases.get(s.merchantTradeNo().value()))
                        .map(l -> !l.until().isAfter(now)).orElse(true))
                .sorted(Comparator.comparing(OrderSnapshot::updatedAt))
                .limit(max)
                .toList();
        stale.forEach(s -> leases.put(s.merchantTradeNo().value(), new Lease(holder, now.plus(leaseFor))));
        return stale.stream().map(s -> read(s, HistoryRead.LAST_ENTRY)).toList();
    }

    /** Every stored order, in insertion order. */
    public synchronized List<Order> all() {
        return orders.values().stream().map(Order::rehydrate).toList();
    }

    /** The stored order, which must exist. */
    public Order get(MerchantTradeNo merchantTradeNo) {
        return findByMerchantTradeNo(merchantTradeNo).orElseThrow();
    }

    public synchronized int size() {
        return orders.size();
    }

    /** How many inserts and updates were refused (duplicate merchantTradeNo or stale version). */
    public int refusedWrites() {
        return conflicts.get();
    }

    /** How many finds asked for an order's whole history ({@link HistoryRead#FULL}). */
    public int wholeHistoryReads() {
        return wholeHistoryReads.get();
    }

    /** Who holds the lease on this order, if anyone's lease is still running. */
    public synchronized Optional<String> leaseHolder(MerchantTradeNo merchantTradeNo) {
        Lease lease = leases.get(merchantTradeNo.value());
        return lease != null && lease.until().isAfter(clock.instant()) ? Optional.of(lease.holder()) : Optional.empty();
    }

    private Optional<Order> paused(Optional<Order> read) {
        if (!pauseAfterReads.isZero()) {
            try {
                Thread.sleep(pauseAfterReads.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return read;
    }

    private synchronized Optional<Order> find(java.util.function.Predicate<OrderSnapshot> test, HistoryRead read) {
        return orders.values().stream().filter(test)
                .min(Comparator.comparing(OrderSnapshot::createdAt))
                .map(s -> read(s, read));
    }

    private Order read(OrderSnapshot s, HistoryRead read) {
        if (read == HistoryRead.FULL) {
            wholeHistoryReads.incrementAndGet();
            return Order.rehydrate(s);
        }
        return Order.rehydrate(s.lastEntryOnly());
    }

    // Newest first: an order comes after the cursor when older, or as old with a smaller merchantTradeNo.
    private static boolean comesAfter(OrderSnapshot s, OrderCursor cursor) {
        int byTime = s.createdAt().compareTo(cursor.createdAt());
        return byTime < 0 || byTime == 0 && s.merchantTradeNo().value().compareTo(cursor.merchantTradeNo().value()) < 0;
    }

    private static Optional<TransactionHash> hashOf(OrderSnapshot s) {
        if (s.details() instanceof CryptoDepositDetails deposit) {
            return deposit.hash();
        }
        if (s.details() instanceof CryptoPayoutDetails payout) {
            return payout.hash();
        }
        return Optional.empty();
    }

    static OrderSnapshot withVersion(OrderSnapshot s, long version) {
        return s.withVersion(version);
    }

    private record Lease(String holder, Instant until) {
    }
}
