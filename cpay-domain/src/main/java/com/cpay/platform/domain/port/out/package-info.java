/**
 * Outbound ports: what the use cases need from the outside world, named by capability. Gateway ports
 * ({@code Cpay*Gateway}) are implemented by the HTTP adapter, storage ports ({@link
 * com.cpay.platform.domain.port.out.OrderRepository}, {@link com.cpay.platform.domain.port.out.NotificationInbox},
 * {@link com.cpay.platform.domain.port.out.IdempotencyStore}) by the persistence adapter.
 *
 * <p>Every gateway method takes and returns domain types only and fails in exactly two typed ways:
 * {@link com.cpay.platform.domain.shared.GatewayRejectedException} (C-Pay answered with {@code code != 0}) and
 * {@link com.cpay.platform.domain.shared.GatewayUnavailableException} (timeout, connection failure, HTTP 5xx or
 * an answer that cannot be read; it says whether C-Pay may have acted anyway). An answer whose amounts or ids
 * do not fit the domain types is "cannot be read": unavailable with an unknown outcome, never a silent
 * rounding.
 */
package com.cpay.platform.domain.port.out;
