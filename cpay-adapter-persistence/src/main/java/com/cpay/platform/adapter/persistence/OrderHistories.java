package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderSnapshot;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An order's append-only status history and review notes. Rebuilds orders from their rows with as much history as
 * asked for: every entry to show an order, only the last one to change it, so that a change reads one history row
 * however long the history has grown; appends what a change added. Review notes are always read whole: a rule reads
 * them (a withdrawal fee mismatch is flagged once). Must run inside a transaction.
 */
final class OrderHistories {

    // Bind parameters per statement stay far below PostgreSQL's 65535 with two per order.
    private static final int LAST_ENTRIES_PER_STATEMENT = 500;

    private final StatusHistoryRows history;
    private final ReviewNoteRows notes;
    private final JdbcOperations jdbc;

    OrderHistories(StatusHistoryRows history, ReviewNoteRows notes, JdbcOperations jdbc) {
        this.history = history;
        this.notes = notes;
        this.jdbc = jdbc;
    }

    Order load(OrderRow row, HistoryRead read) {
        List<ReviewNoteRow> flagged = row.noteCount() == 0 ? List.of()
                : notes.findByOrderIdAndSeqLessThanOrderBySeq(row.id(), row.noteCount());
        int offset = offset(row, read);
        List<StatusHistoryRow> entries;
        if (row.historyCount() == 0) {
            entries = List.of();
        } else if (offset == 0) {
            entries = history.findByOrderIdAndSeqLessThanOrderBySeq(row.id(), row.historyCount());
        } else {
            entries = history.findByOrderIdAndSeq(row.id(), offset).stream().toList();
        }
        return Order.rehydrate(OrderRowMapper.toSnapshot(row, offset, entries, flagged));
    }

    List<Order> loadAll(List<OrderRow> rows, HistoryRead read) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Collection<Long> flaggedIds = rows.stream().filter(r -> r.noteCount() > 0).map(OrderRow::id).toList();
        Map<Long, List<ReviewNoteRow>> allNotes = bySeq(flaggedIds.isEmpty() ? List.of()
                : notes.findByOrderIdIn(flaggedIds), ReviewNoteRow::orderId, ReviewNoteRow::seq);
        Map<Long, List<StatusHistoryRow>> histories = bySeq(read == HistoryRead.FULL ? wholeHistories(rows)
                : lastEntries(rows), StatusHistoryRow::orderId, StatusHistoryRow::seq);
        return rows.stream().map(row -> Order.rehydrate(OrderRowMapper.toSnapshot(row, offset(row, read),
                histories.getOrDefault(row.id(), List.of()), allNotes.getOrDefault(row.id(), List.of()))))
                .toList();
    }

    /** Inserts the entries and notes of {@code s} after the {@code storedHistory} and {@code storedNotes} stored. */
    void append(long orderId, OrderSnapshot s, int storedHistory, int storedNotes) {
        if (s.historySize() > storedHistory) {
            history.saveAll(OrderRowMapper.historyRows(orderId, s, storedHistory));
        }
        if (s.reviewNotes().size() > storedNotes) {
            notes.saveAll(OrderRowMapper.noteRows(orderId, s.reviewNotes(), storedNotes));
        }
    }

    /** The number of entries left unread: all but the last one when only the last is asked for. */
    private static int offset(OrderRow row, HistoryRead read) {
        return read == HistoryRead.FULL ? 0 : Math.max(0, row.historyCount() - 1);
    }

    private List<StatusHistoryRow> wholeHistories(List<OrderRow> rows) {
        Collection<Long> ids = rows.stream().filter(r -> r.historyCount() > 0).map(OrderRow::id).toList();
        return ids.isEmpty() ? List.of() : history.findByOrderIdIn(ids);
    }

    /** Each order's entry at {@code history_count - 1}, as its row says, in one statement per 500 orders. */
    private List<StatusHistoryRow> lastEntries(List<OrderRow> rows) {
        List<OrderRow> withHistory = rows.stream().filter(r -> r.historyCount() > 0).toList();
        List<StatusHistoryRow> found = new ArrayList<>(withHistory.size());
        for (int from = 0; from < withHistory.size(); from += LAST_ENTRIES_PER_STATEMENT) {
            found.addAll(lastEntriesOf(withHistory.subList(from,
                    Math.min(withHistory.size(), from + LAST_ENTRIES_PER_STATEMENT))));
        }
        return found;
    }

    private List<StatusHistoryRow> lastEntriesOf(List<OrderRow> rows) {
        String sql = "SELECT * FROM order_status_history WHERE "
                + String.join(" OR ", Collections.nCopies(rows.size(), "(order_id = ? AND seq = ?)"));
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, rows);
            try (ResultSet rs = statement.executeQuery()) {
                return jdbc.entityStream(rs, StatusHistoryRow.class).toList();
            }
        });
    }

    private static void bind(PreparedStatement statement, List<OrderRow> rows) throws SQLException {
        int i = 1;
        for (OrderRow row : rows) {
            statement.setLong(i++, row.id());
            statement.setInt(i++, row.historyCount() - 1);
        }
    }

    private static <R> Map<Long, List<R>> bySeq(List<R> rows, Function<R, Long> orderId, Function<R, Integer> seq) {
        return rows.stream().sorted(Comparator.comparing(seq)).collect(Collectors.groupingBy(orderId));
    }
}
