package com.cpay.platform.domain.reconciliation;

import java.util.List;

/**
 * One run of the reconciliation job.
 *
 * @param reconciled the orders reconciled, with their findings
 * @param failed     how many leased orders could not be reconciled (C-Pay unreachable or refusing)
 */
public record ReconcileStaleOrdersResult(List<ReconcileOrderResult> reconciled, int failed) {

    public ReconcileStaleOrdersResult {
        reconciled = List.copyOf(reconciled);
        if (failed < 0) {
            throw new IllegalArgumentException("failed must not be negative");
        }
    }
}
