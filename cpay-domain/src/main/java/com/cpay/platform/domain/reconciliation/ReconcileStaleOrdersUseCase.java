package com.cpay.platform.domain.reconciliation;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The reconciliation job: every quiet, unfinished order is checked with C-Pay. */
@PrimaryPort
public interface ReconcileStaleOrdersUseCase {

    /**
     * Leases a batch of stale orders and reconciles each. One order failing (C-Pay unreachable ...) does not
     * stop the others; it is counted and retried on a later run when its lease has expired.
     */
    ReconcileStaleOrdersResult reconcileStale(ReconcileStaleOrdersCommand command);
}
