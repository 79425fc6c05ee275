package com.cpay.platform.adapter.http.webhook;

import com.cpay.platform.adapter.http.signing.EmptyRule;
import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.shared.CardDataRedaction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The outcome of checking one inbound C-Pay notification (s.15). */
public sealed interface WebhookVerdict {

    /** Whether the notification may be applied from its own fields. */
    boolean accepted();

    /**
     * Signed with an accepted key and readable.
     *
     * @param notification what C-Pay says happened, unknown extra fields in {@link CpayNotification#extraFields()}
     * @param matchedRule  the reading of "empty" C-Pay signed it under (docs/decisions.md, decision 21):
     *                     {@link EmptyRule#PHP} only when a field is {@code "0"} and C-Pay left it out of the
     *                     signature; {@link EmptyRule#DOCUMENT} otherwise, also when both readings give the same
     *                     string. Meant to be counted (e.g. as a metric tag, {@link EmptyRule#code()})
     */
    record Accepted(CpayNotification notification, EmptyRule matchedRule) implements WebhookVerdict {

        public Accepted {
            Objects.requireNonNull(notification, "notification");
            Objects.requireNonNull(matchedRule, "matchedRule");
        }

        @Override
        public boolean accepted() {
            return true;
        }
    }

    /**
     * Signed with an accepted key, but its fields cannot be read into a {@link CpayNotification}: a field holds a
     * nested JSON value (signed over its JSON text as written), or a field breaks its rule (a malformed
     * {@code createTime}, an over-long id ...). Authentic, so it is not refused; it is not to be applied from its
     * own fields either: the app keeps it for a lookup at C-Pay (docs/decisions.md, decision 15, revised 2026-12-05).
     *
     * @param fields      the fields as taken from the body, nested values as their JSON text, {@code sign} left out
     * @param matchedRule the reading of "empty" C-Pay signed it under, as for {@link Accepted}
     * @param reason      {@link Reason#MALFORMED_BODY} (nested value) or {@link Reason#INVALID_FIELDS}
     * @param detail      field names and rules; never a field value
     */
    record Unreadable(Map<String, String> fields, EmptyRule matchedRule, Reason reason, String detail)
            implements WebhookVerdict {

        public Unreadable {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
            Objects.requireNonNull(matchedRule, "matchedRule");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public boolean accepted() {
            return false;
        }

        /** A short text for the inbox, e.g. {@code invalid-fields: createTime [pattern]: ...}. */
        public String describe() {
            return reason.code() + ": " + detail;
        }

        @Override
        public String toString() {
            return "Unreadable[matchedRule=" + matchedRule + ", reason=" + reason + ", detail=" + detail + "]";
        }
    }

    /**
     * Refused: to be answered {@code FAIL}, recorded and never applied (docs/decisions.md, decision 14).
     *
     * @param reason why
     * @param detail a human explanation; never the signature, a key or a field value. It may name what the sender
     *               chose (a field name, the content type), so card data in it is masked ({@link CardDataRedaction})
     *               and control characters replaced: it is logged and stored
     */
    record Rejected(Reason reason, String detail) implements WebhookVerdict {

        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            detail = CardDataRedaction.excerpt(detail, detail.length());
        }

        @Override
        public boolean accepted() {
            return false;
        }

        /** A short text for the inbox, e.g. {@code signature-mismatch: ...}. */
        public String describe() {
            return reason.code() + ": " + detail;
        }
    }

    /** Why a notification was refused. */
    enum Reason {
        EMPTY_BODY,
        UNSUPPORTED_CONTENT_TYPE,
        MALFORMED_BODY,
        DUPLICATE_FIELD,
        MISSING_SIGNATURE,
        SIGNATURE_MISMATCH,
        INVALID_FIELDS;

        /** The reason as a stable lower-case word, e.g. {@code missing-signature}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
