package com.cpay.platform.domain.port.out;

/**
 * Remembers mutating internal API calls by their idempotency key, so a retried call gets the first call's
 * response instead of a second payment. Implementations must be atomic per key: of two concurrent
 * {@link #begin} calls with one key, exactly one is {@link IdempotencyBegin.Started}.
 */
public interface IdempotencyStore {

    /**
     * Claims the key for a call, or says why not.
     *
     * @return {@link IdempotencyBegin.Started} when the key is new (or expired) and now claimed;
     *         {@link IdempotencyBegin.Replay} with the stored response when the same request completed before;
     *         {@link IdempotencyBegin.FingerprintMismatch} when the key was used for a different request;
     *         {@link IdempotencyBegin.InFlight} when the same key is claimed by a call still running
     */
    IdempotencyBegin begin(IdempotencyClaim claim);

    /** Stores the response of a claimed call, to be replayed until the claim expires. */
    void complete(IdempotencyKey key, StoredResponse response);

    /** Gives the key up after a call failed without effect, so a retry runs again. */
    void release(IdempotencyKey key);
}
