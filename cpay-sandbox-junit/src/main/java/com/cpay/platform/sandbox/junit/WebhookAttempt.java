package com.cpay.platform.sandbox.junit;

/**
 * One attempt of the simulator to deliver a webhook, to any URL (the kit's receiver or the service under test).
 *
 * @param orderStatus the status code the notification carried: 0, 11, 14 or 15
 * @param outcome     {@code delivered} (the reply was OK), {@code retrying}, {@code failed}, {@code skipped} (no URL)
 * @param fault       {@code duplicate}, {@code out-of-order} or {@code bad-signature} when an injected fault shaped it
 */
public record WebhookAttempt(String orderId, String merchantTradeNo, String orderStatus, String url, String format,
                             int attempt, Integer httpStatus, String reply, String outcome, String fault, String body) {

    static WebhookAttempt of(com.cpay.platform.sandbox.journal.WebhookAttempt logged) {
        return new WebhookAttempt(logged.orderId(), logged.merchantTradeNo(), logged.orderStatus(), logged.url(),
                logged.format(), logged.attempt(), logged.httpStatus(), logged.reply(), logged.outcome(),
                logged.fault(), logged.body());
    }

    public boolean delivered() {
        return "delivered".equals(outcome);
    }
}
