package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code event_relays}: a relay's lease and how far it has relayed. */
@MappedEntity("event_relays")
record RelayRow(@Id String name, @Nullable String holder, @Nullable Instant leaseUntil, long relayedPosition,
                Instant updatedAt) {
}
