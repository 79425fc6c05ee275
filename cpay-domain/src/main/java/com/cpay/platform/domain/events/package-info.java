/**
 * What happened to orders, for the merchant's other systems: every change to an order (and every notification
 * that matched none) is one {@link com.cpay.platform.domain.events.OrderEvent}, written in the same transaction as
 * the change (a transactional outbox), listed in order through the events API and relayed to a broker by one
 * instance at a time through {@link com.cpay.platform.domain.events.EventPublisher}.
 */
@Module(name = "Order events")
package com.cpay.platform.domain.events;

import org.jmolecules.ddd.annotation.Module;
