package com.cpay.platform.adapter.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** Reads what a failed statement was about without showing its message (it can quote stored values). */
final class SqlErrors {

    /** SQLSTATE of a unique key violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    /** The violated unique constraint's lower-case name, when {@code error} was caused by one. */
    static Optional<String> uniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                for (String name : new String[] {"uq_orders_merchant_trade_no", "uq_orders_cpay_order_id"}) {
                    if (message.contains(name)) {
                        return Optional.of(name);
                    }
                }
                return Optional.of("unknown");
            }
        }
        return Optional.empty();
    }
}
