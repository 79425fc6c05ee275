package com.cpay.platform.domain.notification;

import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Reads a C-Pay notification as it was delivered and checks its signature (s.15, decisions 13, 14, 21): the one
 * place a webhook body is parsed. Implemented by the HTTP adapter.
 */
@SecondaryPort
public interface NotificationVerifier {

    /**
     * @param body        the request body exactly as received (may be empty)
     * @param contentType the {@code Content-Type} it came with, if any
     * @return verified and read, verified but unreadable, or refused; never throws for what a sender wrote
     */
    NotificationVerdict verify(byte[] body, Optional<String> contentType);
}
