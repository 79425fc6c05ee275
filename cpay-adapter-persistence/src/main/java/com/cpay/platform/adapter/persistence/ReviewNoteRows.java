package com.cpay.platform.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The append-only {@code order_review_notes}: inserts and reads, never updates or deletes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReviewNoteRows extends GenericRepository<ReviewNoteRow, Long> {

    List<ReviewNoteRow> saveAll(Iterable<ReviewNoteRow> rows);

    List<ReviewNoteRow> findByOrderIdOrderBySeq(long orderId);

    /** The first {@code count} entries: the ones that belong to the order version just read. */
    List<ReviewNoteRow> findByOrderIdAndSeqLessThanOrderBySeq(long orderId, int count);

    List<ReviewNoteRow> findByOrderIdIn(Collection<Long> orderIds);
}
