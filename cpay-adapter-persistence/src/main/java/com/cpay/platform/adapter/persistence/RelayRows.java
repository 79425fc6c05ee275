package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** {@code event_relays}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RelayRows extends GenericRepository<RelayRow, String> {

    /** The relay's row, locked until the transaction ends. */
    @Query("SELECT name, holder, lease_until, relayed_position, updated_at FROM event_relays WHERE name = :name"
            + " FOR UPDATE")
    Optional<RelayRow> lock(String name);

    @Query("INSERT INTO event_relays (name, holder, lease_until, relayed_position, updated_at)"
            + " VALUES (:name, :holder, :leaseUntil, 0, :now)")
    void insert(String name, String holder, Instant leaseUntil, Instant now);

    @Query("UPDATE event_relays SET holder = :holder, lease_until = :leaseUntil, updated_at = :now WHERE name = :name")
    void lease(String name, @Nullable String holder, @Nullable Instant leaseUntil, Instant now);

    @Query("UPDATE event_relays SET relayed_position = :position, updated_at = :now"
            + " WHERE name = :name AND holder = :holder AND lease_until > :now AND relayed_position <= :position")
    int advance(String name, String holder, long position, Instant now);

    @Query("UPDATE event_relays SET lease_until = NULL, holder = NULL WHERE name = :name AND holder = :holder")
    int release(String name, String holder);
}
