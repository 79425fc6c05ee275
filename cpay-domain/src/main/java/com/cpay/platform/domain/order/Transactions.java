package com.cpay.platform.domain.order;

import java.util.function.Supplier;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The storage's transactions, for a use case whose writes must be kept together or not at all (a webhook stored
 * in the inbox and applied to its order). Implemented by whoever provides the storage: cpay-starter does it with
 * the data source's transaction manager, so an embedding service gets the same boundary as the app.
 */
@SecondaryPort
public interface Transactions {

    /**
     * Runs {@code work} in one transaction, joining the caller's when there is one.
     *
     * @return what {@code work} returned, once the transaction committed
     * @throws RuntimeException what {@code work} threw (or the commit), after everything it wrote was rolled back
     */
    <T> T inTransaction(Supplier<T> work);
}
