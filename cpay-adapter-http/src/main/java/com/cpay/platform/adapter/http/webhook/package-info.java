/**
 * Inbound C-Pay notifications (s.15): reading a JSON or form body exactly as sent, verifying its {@code sign},
 * and turning it into the domain's {@link com.cpay.platform.domain.order.CpayNotification}, behind the domain's
 * {@link com.cpay.platform.domain.notification.NotificationVerifier} port. The adapter's own verdict
 * ({@link com.cpay.platform.adapter.http.webhook.WebhookVerdict}) stays here.
 */
package com.cpay.platform.adapter.http.webhook;
