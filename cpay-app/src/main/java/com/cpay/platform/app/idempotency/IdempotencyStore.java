package com.cpay.platform.app.idempotency;

import java.time.Instant;

/**
 * Remembers mutating internal API calls by their client's idempotency key, so a retried call gets the first call's
 * response instead of a second payment. Implementations must be atomic per key: of two concurrent {@link #begin}
 * calls with one key, at most one is {@link IdempotencyBegin.Started} or {@link IdempotencyBegin.TakenOver}.
 * Every write after {@code begin} is conditional on the hold's owner: a call that lost the key changes nothing.
 * An HTTP concern of the internal API (a status code, a content type), so the app's own, not a domain port.
 */
public interface IdempotencyStore {

    /**
     * Claims the key for a call, or says why not.
     *
     * @return {@link IdempotencyBegin.Started} when the key is new (or expired) and now claimed;
     *         {@link IdempotencyBegin.Replay} with the stored response when the same request completed before;
     *         {@link IdempotencyBegin.FingerprintMismatch} when the key was used for a different request;
     *         {@link IdempotencyBegin.InFlight} when the same request is held by a call whose lease still runs;
     *         {@link IdempotencyBegin.TakenOver} when the same request's earlier call lost its lease or was
     *         abandoned, and this call now holds the key
     */
    IdempotencyBegin begin(IdempotencyClaim claim);

    /** Extends the owner's lease; false when the key is no longer the owner's. */
    boolean renew(IdempotencyHold hold, Instant leaseUntil);

    /** Stores the response of the owner's call, to be replayed until the claim expires; false when not the owner's. */
    boolean complete(IdempotencyHold hold, StoredResponse response);

    /** Gives the key up after the owner's call failed without effect, so a retry runs again. */
    void release(IdempotencyHold hold);

    /**
     * Ends the owner's lease at {@code now} without storing an answer: the call ended in a server error whose effect
     * is unknown, so the next retry takes the key over and looks at what happened instead of replaying the error.
     */
    void abandon(IdempotencyHold hold, Instant now);
}
