/**
 * Orders of every kind at C-Pay and their lifecycle.
 *
 * <p>{@link com.cpay.platform.domain.order.Order} is the aggregate; status reports from any source
 * ({@link com.cpay.platform.domain.order.StatusEvent}, e.g. from a verified
 * {@link com.cpay.platform.domain.order.CpayNotification}) go through the
 * {@link com.cpay.platform.domain.order.StatusTransitionPolicy}, which answers with a
 * {@link com.cpay.platform.domain.order.TransitionOutcome} instead of a boolean or an exception: reports
 * arrive late, twice and out of order, and only a contradiction or an undocumented status needs a human.
 *
 * <p>Nothing here holds a full card number, a CVV, a key or a signature, and no message repeats one.
 */
@Module(name = "Orders")
package com.cpay.platform.domain.order;

import org.jmolecules.ddd.annotation.Module;
