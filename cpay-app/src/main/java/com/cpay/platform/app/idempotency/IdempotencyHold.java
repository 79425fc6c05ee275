package com.cpay.platform.app.idempotency;

import com.cpay.platform.domain.shared.Checks;

/**
 * One running call's hold on a client's idempotency key. Every write after the claim names the owner, so a call that
 * lost its lease (its process stalled, another took the key over) can no longer complete or release it.
 *
 * @param client the API client the key belongs to
 * @param key    the key
 * @param owner  this call: the instance and a token of the request, 1 to 128 characters
 */
public record IdempotencyHold(ApiClientId client, IdempotencyKey key, String owner) {

    public IdempotencyHold {
        Checks.required(ApiClientId.FIELD, client);
        Checks.required(IdempotencyKey.FIELD, key);
        Checks.text("owner", owner, 128);
    }
}
