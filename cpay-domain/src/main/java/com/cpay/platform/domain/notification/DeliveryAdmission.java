package com.cpay.platform.domain.notification;

import java.time.Duration;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The receiving side's say on a verified delivery, before anything of it is stored: anyone can post refused
 * notifications, and each one would be stored, so a service may hold back a sender that sends too many. The app
 * limits refused ones per sender and counts the signing readings here.
 */
@SecondaryPort
public interface DeliveryAdmission {

    /** Admits every delivery: for a service that limits its senders elsewhere (or not at all). */
    DeliveryAdmission ALL = (verdict, source) -> Optional.empty();

    /**
     * @param verdict what the verifier found
     * @param source  the sender, as the caller identifies it (e.g. its IP address)
     * @return empty to store and apply the delivery; otherwise how long its sender has to wait, and nothing is
     *         stored
     */
    Optional<Duration> admit(NotificationVerdict verdict, String source);
}
