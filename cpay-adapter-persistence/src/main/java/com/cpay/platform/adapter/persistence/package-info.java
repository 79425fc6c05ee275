/**
 * Persistence adapter: implements the domain's storage ports ({@link com.cpay.platform.domain.order.OrderRepository},
 * {@link com.cpay.platform.domain.notification.NotificationInbox}) with micronaut-data-jdbc on PostgreSQL, or on H2
 * in PostgreSQL mode, and Flyway migrations ({@code db/migration}). The migrations also create
 * {@code idempotency_records}, which the app's own idempotency store uses: the scripts stay here so that the schema
 * history of existing databases does not change. Everything is package-private except {@link
 * com.cpay.platform.adapter.persistence.PersistenceFactory}, which exposes the ports as beans. Entities are
 * persistence records mapped to domain types by hand-written mappers; domain classes carry no annotation.
 */
package com.cpay.platform.adapter.persistence;
