/**
 * Use-case services: one class per inbound port, written against the outbound ports only, with no framework
 * annotation (the app or an embedding service wires them in a configuration class).
 *
 * <p>The rules every order-creating service follows: the merchantTradeNo is generated when the caller gives
 * none; the order is stored PENDING before C-Pay is called, so nothing C-Pay knows is ever unrecorded; a
 * rejection closes the order; an unavailable C-Pay with an unknown outcome leaves it PENDING for
 * reconciliation and is never retried here; saves that lose an optimistic-locking race are redone from a
 * fresh read.
 */
package com.cpay.platform.domain.service;
