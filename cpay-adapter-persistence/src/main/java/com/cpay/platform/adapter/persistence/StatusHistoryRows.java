package com.cpay.platform.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The append-only {@code order_status_history}: inserts and reads, never updates or deletes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StatusHistoryRows extends GenericRepository<StatusHistoryRow, Long> {

    List<StatusHistoryRow> saveAll(Iterable<StatusHistoryRow> rows);

    List<StatusHistoryRow> findByOrderIdOrderBySeq(long orderId);

    /** The first {@code count} entries: the ones that belong to the order version just read. */
    List<StatusHistoryRow> findByOrderIdAndSeqLessThanOrderBySeq(long orderId, int count);

    List<StatusHistoryRow> findByOrderIdIn(Collection<Long> orderIds);

    /** One entry: the last one, when {@code seq} is the row's {@code history_count - 1}. */
    Optional<StatusHistoryRow> findByOrderIdAndSeq(long orderId, int seq);

    long countByOrderId(long orderId);
}
