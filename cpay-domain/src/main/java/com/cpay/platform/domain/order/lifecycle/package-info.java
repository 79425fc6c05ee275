/**
 * The steps every order-creating use case shares: the order is stored PENDING before C-Pay is called, C-Pay's
 * answer (or its absence) is recorded as a {@link com.cpay.platform.domain.order.lifecycle.SubmissionOutcome}, and
 * saves that lose an optimistic-locking race are redone from a fresh read. Nothing here retries a call to C-Pay.
 */
@Module(name = "Order lifecycle")
package com.cpay.platform.domain.order.lifecycle;

import org.jmolecules.ddd.annotation.Module;
