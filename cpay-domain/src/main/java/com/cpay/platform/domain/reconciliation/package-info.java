/**
 * Asking C-Pay about orders we are not sure of: one order on request, and the stale non-terminal ones in leased
 * batches, through {@link com.cpay.platform.domain.reconciliation.CpayOrderQueryGateway}. A money-out order C-Pay
 * does not know is marked outcome unknown, never re-sent.
 */
@Module(name = "Reconciliation")
package com.cpay.platform.domain.reconciliation;

import org.jmolecules.ddd.annotation.Module;
