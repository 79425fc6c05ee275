package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.shared.ValidationException;

/**
 * One pass over the stored notifications waiting for a lookup.
 *
 * @param batchSize how many entries at most, 1 to {@value #MAX_BATCH}
 */
public record ResolveStoredNotificationsCommand(int batchSize) {

    /** Largest batch. */
    public static final int MAX_BATCH = 1000;

    public ResolveStoredNotificationsCommand {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw ValidationException.of("batchSize", "range", "batchSize must be between 1 and " + MAX_BATCH);
        }
    }
}
