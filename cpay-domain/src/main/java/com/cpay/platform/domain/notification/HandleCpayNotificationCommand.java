package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.shared.Violations;
import java.util.Optional;

/**
 * A webhook delivery as it arrived, before anything read it: the use case has it verified and read once
 * ({@link NotificationVerifier}).
 *
 * @param body        the request body exactly as received; may be empty (then it is refused)
 * @param contentType the {@code Content-Type} it came with, if any
 * @param source      who sent it, for {@link DeliveryAdmission} (e.g. the sender's IP address), at most
 *                    {@value #MAX_SOURCE_LENGTH} characters
 */
public record HandleCpayNotificationCommand(byte[] body, Optional<String> contentType, String source) {

    /** Longest source. */
    public static final int MAX_SOURCE_LENGTH = 255;
    /** The source of a delivery whose sender is not known. */
    public static final String UNKNOWN_SOURCE = "unknown";

    public HandleCpayNotificationCommand {
        contentType = CommandRules.orEmpty(contentType).filter(text -> !text.isBlank());
        Violations v = new Violations();
        CommandRules.required(v, "body", body);
        v.verify(() -> Checks.text("source", source, MAX_SOURCE_LENGTH));
        v.throwIfAny();
        body = body.clone();
    }

    /** A delivery from a sender that is not known. */
    public static HandleCpayNotificationCommand of(byte[] body, Optional<String> contentType) {
        return new HandleCpayNotificationCommand(body, contentType, UNKNOWN_SOURCE);
    }

    /** The body exactly as received (a copy). */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HandleCpayNotificationCommand that && java.util.Arrays.equals(body, that.body)
                && contentType.equals(that.contentType) && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * java.util.Arrays.hashCode(body) + contentType.hashCode()) + source.hashCode();
    }

    // the body may carry anything a sender chose, card data included: never printed
    @Override
    public String toString() {
        return "HandleCpayNotificationCommand[" + body.length + " bytes, contentType=" + contentType.orElse("-")
                + ", source=" + source + "]";
    }
}
