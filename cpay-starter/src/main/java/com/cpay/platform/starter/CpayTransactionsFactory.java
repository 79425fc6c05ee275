package com.cpay.platform.starter;

import com.cpay.platform.domain.order.Transactions;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.function.Supplier;

/**
 * The domain's {@link Transactions} on the data source's transaction manager (the one the persistence adapter
 * writes through), so that a use case's writes commit together for every service that embeds the domain, not
 * only for the app: the webhook use case stores a notification in the inbox and applies it in one transaction.
 * Created when the service has a JDBC transaction manager; a service without one provides its own bean.
 */
@Factory
public class CpayTransactionsFactory {

    @Singleton
    @Requires(beans = TransactionOperations.class)
    Transactions transactions(TransactionOperations<Connection> transactionManager) {
        return new DataSourceTransactions(transactionManager);
    }

    /** Joins the caller's transaction when there is one (propagation REQUIRED), else opens one. */
    private record DataSourceTransactions(TransactionOperations<Connection> manager) implements Transactions {

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return manager.executeWrite(status -> work.get());
        }
    }
}
