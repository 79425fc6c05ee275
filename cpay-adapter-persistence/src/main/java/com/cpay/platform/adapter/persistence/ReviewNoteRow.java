package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of the append-only {@code order_review_notes}; {@code seq} is the note's index. */
@MappedEntity("order_review_notes")
record ReviewNoteRow(
        @Id @GeneratedValue @Nullable Long id,
        long orderId,
        int seq,
        String reason,
        String detail,
        Instant notedAt) {
}
