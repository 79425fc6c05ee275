package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.order.Transactions;
import java.util.function.Supplier;

/**
 * Runs the work as it comes: the in-memory fakes keep every write at once and have nothing to roll back, so a
 * use-case test sees what a failed transaction leaves before the database would undo it.
 */
public final class DirectTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
