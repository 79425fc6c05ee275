/**
 * Persistence adapter: implements the domain's storage ports ({@link com.cpay.platform.domain.order.OrderRepository},
 * {@link com.cpay.platform.domain.notification.NotificationInbox}, {@link com.cpay.platform.domain.idempotency.IdempotencyStore})
 * with micronaut-data-jdbc on PostgreSQL, or on H2 in PostgreSQL mode, and Flyway migrations
 * ({@code db/migration}). Everything is package-private except {@link
 * com.cpay.platform.adapter.persistence.PersistenceFactory}, which exposes the ports as beans. Entities are
 * persistence records mapped to domain types by hand-written mappers; domain classes carry no annotation.
 */
package com.cpay.platform.adapter.persistence;
