package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Introspected;

/** What an update needs to know about the locked row: its id, stored version and list lengths. */
@Introspected
record LockedOrder(long id, long version, long historyCount, long noteCount) {
}
