package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What {@link NotificationVerifier} found a delivered body to be: read once, here, and never again. */
public sealed interface NotificationVerdict {

    /**
     * Signed with an accepted key and readable.
     *
     * @param notification what C-Pay says happened
     * @param reading      the reading of "empty" the signature matched
     */
    record Verified(CpayNotification notification, SigningReading reading) implements NotificationVerdict {

        public Verified {
            Objects.requireNonNull(notification, "notification");
            Objects.requireNonNull(reading, "reading");
        }
    }

    /**
     * Signed with an accepted key, but its fields cannot be read into a {@link CpayNotification} (a nested JSON
     * value, a field breaking its rule): authentic, so kept, but settled by a lookup at C-Pay instead of being
     * applied from its own fields.
     *
     * @param fields  the fields as taken from the body, {@code sign} left out: what is readable there gives the
     *                lookup keys
     * @param reading the reading of "empty" the signature matched
     * @param reason  why they cannot be read: field names and rules, never a value
     */
    record Unreadable(Map<String, String> fields, SigningReading reading, String reason)
            implements NotificationVerdict {

        public Unreadable {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
            Objects.requireNonNull(reading, "reading");
            requireReason(reason);
        }

        @Override
        public String toString() {
            return "Unreadable[reading=" + reading + ", reason=" + reason + "]";
        }
    }

    /**
     * Refused: unsigned, wrongly signed, empty or malformed (decision 14). Stored as refused, never applied.
     *
     * @param reason why; never the signature, a key or a field value
     */
    record Refused(String reason) implements NotificationVerdict {

        public Refused {
            requireReason(reason);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", Checks.REQUIRED, "a verdict that is not applied needs a reason");
        }
    }
}
