package com.cpay.platform.app.idempotency;

import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.util.Objects;
import java.util.Optional;

/** What {@link IdempotencyStore#begin(IdempotencyClaim)} found. */
public sealed interface IdempotencyBegin {

    /** The key was free: the call runs, then {@code complete}s, {@code release}s or {@code abandon}s the key. */
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

    /** The same key is held by a call that is still alive (its lease runs): ask the client to retry later. */
    record InFlight() implements IdempotencyBegin {
    }

    /**
     * The same request was started before and its call is gone without an answer that could be kept (its process
     * died, or it ended in a server error): this call now holds the key and must find out what the first one did
     * before doing anything.
     *
     * @param order the order the first call recorded before calling C-Pay, if it recorded one
     */
    record TakenOver(Optional<MerchantTradeNo> order) implements IdempotencyBegin {
        public TakenOver {
            Objects.requireNonNull(order, "order");
        }
    }
}
