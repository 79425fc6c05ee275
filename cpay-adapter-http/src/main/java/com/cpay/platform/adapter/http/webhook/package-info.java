/**
 * Inbound C-Pay notifications (s.15): reading a JSON or form body exactly as sent, verifying its {@code sign},
 * and turning it into the domain's {@link com.cpay.platform.domain.order.CpayNotification}.
 */
package com.cpay.platform.adapter.http.webhook;
