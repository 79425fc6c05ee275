/**
 * The store of idempotency keys of the internal API: a key per API client, held by a live request under a lease,
 * with the answer that was sent. Only answers below 500 are kept.
 */
@Module(name = "Idempotency")
package com.cpay.platform.domain.idempotency;

import org.jmolecules.ddd.annotation.Module;
