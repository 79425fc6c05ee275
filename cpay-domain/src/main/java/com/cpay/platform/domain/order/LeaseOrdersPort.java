package com.cpay.platform.domain.order;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import java.time.Duration;
import java.util.List;

/** Hands out stale orders to reconciliation workers, each to one worker at a time. */
@SecondaryPort
public interface LeaseOrdersPort {

    /**
     * Leases up to {@code max} non-terminal orders not updated for at least {@code olderThan}, oldest first,
     * skipping orders another holder leased until a time still in the future. The lease lasts
     * {@code leaseFor} from now (the implementation's clock). Two callers never receive the same order while
     * a lease runs (PostgreSQL: {@code FOR UPDATE SKIP LOCKED} within the leasing transaction). The orders are read
     * to be changed: each may hold only the last entry of its history ({@link HistoryRead#LAST_ENTRY}).
     *
     * @param max       at most this many orders, at least 1
     * @param olderThan how long an order must have been quiet
     * @param holder    who takes the lease, e.g. the instance id
     * @param leaseFor  how long the lease keeps other holders away
     * @return the leased orders, possibly none
     */
    List<Order> leaseStaleOrders(int max, Duration olderThan, String holder, Duration leaseFor);
}
