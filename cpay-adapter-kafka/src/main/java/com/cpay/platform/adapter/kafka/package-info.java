/**
 * Kafka adapter: implements the domain's {@link com.cpay.platform.domain.events.EventPublisher} with kafka-clients,
 * for the relay of the order events (docs/events.md). Everything is package-private except
 * {@link com.cpay.platform.adapter.kafka.KafkaEventsFactory}, which makes the publisher a bean when
 * {@code cpay.events.kafka.bootstrap-servers} is set.
 */
package com.cpay.platform.adapter.kafka;
