package com.cpay.platform.domain.events;

/**
 * A relay could not get every event of a batch acknowledged. The events stay in the outbox and are sent again;
 * nothing is lost, the merchant's systems only hear of them later.
 */
public class EventPublishingException extends RuntimeException {

    public EventPublishingException(String message, Throwable cause) {
        super(message, cause);
    }
}
