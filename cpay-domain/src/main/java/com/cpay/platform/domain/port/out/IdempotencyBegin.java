package com.cpay.platform.domain.port.out;

import java.util.Objects;

/** What {@link IdempotencyStore#begin(IdempotencyClaim)} found. */
public sealed interface IdempotencyBegin {

    /** The key was free: the call runs, then {@code complete} or {@code release}s the key. */
    record Started() implements IdempotencyBegin {
    }

    /**
     * The same request completed before: answer with its response, do nothing else.
     *
     * @param response what the first call answered
     */
    record Replay(StoredResponse response) implements IdempotencyBegin {
        public Replay {
            Objects.requireNonNull(response, "response");
        }
    }

    /** The key was used for a different request: refuse the call. */
    record FingerprintMismatch() implements IdempotencyBegin {
    }

    /** The same key is claimed by a call still running: ask the client to retry later. */
    record InFlight() implements IdempotencyBegin {
    }
}
