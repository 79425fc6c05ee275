package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.order.OrderPage;
import com.cpay.platform.domain.order.OrderQuery;
import com.cpay.platform.domain.order.OrderRepository;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.TransactionHash;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Orders with their status history and review notes. Every method runs in one transaction, joining the
 * caller's when there is one (e.g. inbox insert + order update of a webhook); the events a change makes are written
 * to the outbox in the same transaction. An order read to be changed brings only its last history entry
 * ({@link HistoryRead#LAST_ENTRY}, leased orders too), and an update inserts the entries after the stored ones and
 * never reads the others, so a change costs the same however long the history is. Failures the caller must
 * handle (stale version, duplicate order) are decided inside the transaction but thrown after it, so a
 * caller's surrounding transaction is not marked rollback-only by them.
 */
final class JdbcOrderRepository implements OrderRepository {

    private final String merchantId;
    private final OrderRows orders;
    private final OrderHistories histories;
    private final TransactionOperations<Connection> tx;
    private final OrderListing listing;
    private final OrderLeasing leasing;
    private final OrderEventWriter events;

    JdbcOrderRepository(String merchantId, OrderRows orders, OrderHistories histories,
                        TransactionOperations<Connection> tx, OrderListing listing, OrderLeasing leasing,
                        OrderEventWriter events) {
        this.merchantId = merchantId;
        this.orders = orders;
        this.histories = histories;
        this.tx = tx;
        this.listing = listing;
        this.leasing = leasing;
        this.events = events;
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
        return tx.executeRead(s -> orders.findByMerchantIdAndMerchantTradeNo(merchantId, merchantTradeNo.value())
                .map(row -> histories.load(row, read)));
    }

    @Override
    public Optional<Order> findByCpayOrderId(CpayOrderId cpayOrderId, HistoryRead read) {
        return tx.executeRead(s -> orders.findByMerchantIdAndCpayOrderId(merchantId, cpayOrderId.value())
                .map(row -> histories.load(row, read)));
    }

    @Override
    public Optional<Order> findByHash(TransactionHash hash, HistoryRead read) {
        return tx.executeRead(s -> orders.findOldestByTxHash(merchantId, hash.value())
                .map(row -> histories.load(row, read)));
    }

    @Override
    public OrderPage list(OrderQuery query) {
        return tx.executeRead(s -> {
            OrderListing.Page page = listing.page(merchantId, query);
            return new OrderPage(histories.loadAll(page.rows(), HistoryRead.FULL), page.next());
        });
    }

    @Override
    public Order insert(Order order) {
        OrderSnapshot s = order.snapshot();
        if (s.historyOffset() != 0) {
            throw new IllegalArgumentException("order " + s.merchantTradeNo() + ": a new order is stored with its"
                    + " whole history");
        }
        // no existence check first: the unique key on (merchant_id, merchant_trade_no) refuses a duplicate in the
        // same round trip, and translated() turns its violation into the ConflictException the check threw
        OrderRow stored = translated(s, () -> tx.executeWrite(status -> {
            OrderRow row = orders.save(OrderRowMapper.toRow(s, merchantId, null));
            histories.append(row.id(), s, 0, 0);
            events.created(s);
            return row;
        }));
        return Order.rehydrate(withVersion(s, stored.version()));
    }

    @Override
    public Order update(Order order) {
        OrderSnapshot s = order.snapshot();
        Update result = translated(s, () -> tx.executeWrite(status -> {
            Optional<OrderRow> locked = orders.lockForUpdate(merchantId, s.merchantTradeNo().value());
            if (locked.isEmpty()) {
                return Update.MISSING;
            }
            OrderRow row = locked.get();
            if (row.version() != s.version()) {
                return Update.STALE;
            }
            if (s.historySize() < row.historyCount() || s.historyOffset() > row.historyCount()
                    || s.reviewNotes().size() < row.noteCount()) {
                throw new IllegalArgumentException("order " + s.merchantTradeNo()
                        + ": history and review notes are append-only, the order holds fewer than stored");
            }
            // the order as stored, without its history: what the change's events are decided against
            OrderSnapshot before = OrderRowMapper.stateOf(row);
            try {
                orders.update(OrderRowMapper.toRow(s, merchantId, row.id()));
            } catch (OptimisticLockException e) {
                return Update.STALE; // not reachable while the row lock is held; kept as the last guard
            }
            histories.append(row.id(), s, row.historyCount(), row.noteCount());
            events.changed(before, s, s.history().subList(row.historyCount() - s.historyOffset(),
                    s.history().size()));
            return Update.STORED;
        }));
        switch (result) {
            case MISSING:
                throw new NotFoundException("no order with merchantTradeNo " + s.merchantTradeNo());
            case STALE:
                throw new ConcurrentUpdateException(s.merchantTradeNo(), s.version());
            default:
                return Order.rehydrate(withVersion(s, s.version() + 1));
        }
    }

    @Override
    public List<Order> leaseStaleOrders(int max, Duration olderThan, String holder, Duration leaseFor) {
        return tx.executeWrite(s -> {
            List<Long> ids = leasing.lease(merchantId, max, olderThan, holder, leaseFor);
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<Long, OrderRow> rows = orders.findByIdIn(ids).stream()
                    .collect(Collectors.toMap(OrderRow::id, r -> r));
            return histories.loadAll(ids.stream().map(rows::get).toList(), HistoryRead.LAST_ENTRY);
        });
    }

    private static <T> T translated(OrderSnapshot s, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            Optional<String> constraint = SqlErrors.uniqueViolation(e);
            if (constraint.isEmpty()) {
                throw e;
            }
            if (constraint.get().equals("uq_orders_cpay_order_id")) {
                throw new ConflictException("order " + s.merchantTradeNo() + ": C-Pay order id "
                        + s.cpayOrderId().map(CpayOrderId::value).orElse("") + " is recorded for another order");
            }
            throw duplicate(s);
        }
    }

    private static ConflictException duplicate(OrderSnapshot s) {
        return new ConflictException("an order with merchantTradeNo " + s.merchantTradeNo() + " already exists");
    }

    private static OrderSnapshot withVersion(OrderSnapshot s, long version) {
        return s.withVersion(version);
    }

    private enum Update {
        STORED,
        STALE,
        MISSING
    }
}
