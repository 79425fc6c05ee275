package com.cpay.platform.adapter.http.webhook;

import com.cpay.platform.adapter.http.signing.EmptyRule;
import com.cpay.platform.adapter.http.signing.SignatureVerifier;
import com.cpay.platform.domain.notification.NotificationVerdict;
import com.cpay.platform.domain.notification.NotificationVerifier;
import com.cpay.platform.domain.notification.SigningReading;
import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.shared.ValidationException;
import io.micronaut.http.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a C-Pay notification (s.15) as it arrived, raw bytes and content type, in JSON (the primary form) or
 * form encoding (docs/decisions.md, decision 13): the {@code sign} must verify over every non-empty field but
 * {@code sign}, unknown extra fields included, with the current key or a previous one, under either reading of
 * "empty" (docs/decisions.md, decision 21: {@code "0"} signed or left out); an unsigned or wrongly signed notification is refused
 * (docs/decisions.md, decision 14). Only then are the fields read into a {@link CpayNotification}; the verdict names the reading that
 * matched ({@link WebhookVerdict.Accepted#matchedRule()}). A correctly signed notification whose fields cannot be
 * read (a nested JSON value, signed over its text as written; a field breaking its rule) is
 * {@link WebhookVerdict.Unreadable}, not refused: it is authentic and kept for a lookup at C-Pay. As the domain's
 * {@link NotificationVerifier} it gives the same verdict in the domain's words, so nothing outside this adapter
 * reads a webhook body again. Thread-safe.
 */
public final class CpayWebhookVerifier implements NotificationVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(CpayWebhookVerifier.class);

    private final SignatureVerifier signatures;

    /** @param signatures the accepted keys; a signature under either reading of "empty" is accepted with them */
    public CpayWebhookVerifier(SignatureVerifier signatures) {
        this.signatures = Objects.requireNonNull(signatures, "signatures").acceptingEitherReading();
    }

    /** The domain's verdict on a delivery: {@link #check}'s, in the domain's words. */
    @Override
    public NotificationVerdict verify(byte[] body, Optional<String> contentType) {
        WebhookVerdict verdict = check(body, contentType.orElse(null));
        if (verdict instanceof WebhookVerdict.Accepted accepted) {
            return new NotificationVerdict.Verified(accepted.notification(), reading(accepted.matchedRule()));
        }
        if (verdict instanceof WebhookVerdict.Unreadable unreadable) {
            return new NotificationVerdict.Unreadable(unreadable.fields(), reading(unreadable.matchedRule()),
                    unreadable.describe());
        }
        return new NotificationVerdict.Refused(((WebhookVerdict.Rejected) verdict).describe());
    }

    /**
     * @param body        the request body exactly as received
     * @param contentType the {@code Content-Type} header, may be null (then the body's first character decides)
     */
    public WebhookVerdict check(byte[] body, String contentType) {
        WebhookVerdict verdict = decide(body, contentType);
        if (verdict instanceof WebhookVerdict.Rejected rejected) {
            LOG.warn("C-Pay notification refused: {}", rejected.describe());
        }
        return verdict;
    }

    private WebhookVerdict decide(byte[] body, String contentType) {
        if (body == null || body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return new WebhookVerdict.Rejected(WebhookVerdict.Reason.EMPTY_BODY, "the notification has no body");
        }
        NotificationBody.Read read;
        try {
            read = read(body, contentType);
        } catch (NotificationBody.Unreadable e) {
            return new WebhookVerdict.Rejected(e.reason(), e.getMessage());
        }
        if (read == null) {
            return new WebhookVerdict.Rejected(WebhookVerdict.Reason.UNSUPPORTED_CONTENT_TYPE,
                    "content type " + contentType + " is neither JSON nor a form");
        }
        Map<String, String> fields = read.fields();
        SignatureVerifier.Verification signature = signatures.verify(fields);
        if (!signature.valid() && !read.nested().isEmpty()) {
            return new WebhookVerdict.Rejected(WebhookVerdict.Reason.MALFORMED_BODY, nestedDetail(read)
                    + " and the sign does not match it as written");
        }
        if (!signature.valid()) {
            WebhookVerdict.Reason reason = "missing-signature".equals(signature.reason())
                    ? WebhookVerdict.Reason.MISSING_SIGNATURE : WebhookVerdict.Reason.SIGNATURE_MISMATCH;
            return new WebhookVerdict.Rejected(reason, reason == WebhookVerdict.Reason.MISSING_SIGNATURE
                    ? "the notification carries no sign" : "the sign does not match the fields with any accepted key");
        }
        if (!read.nested().isEmpty()) {
            return unreadable(fields, signature, WebhookVerdict.Reason.MALFORMED_BODY, nestedDetail(read));
        }
        try {
            WebhookVerdict.Accepted accepted = new WebhookVerdict.Accepted(CpayNotification.read(fields),
                    signature.matchedRule());
            LOG.debug("C-Pay notification signed under the {} reading of \"empty\"", accepted.matchedRule().code());
            return accepted;
        } catch (ValidationException e) {
            return unreadable(fields, signature, WebhookVerdict.Reason.INVALID_FIELDS, e.getMessage());
        }
    }

    private static SigningReading reading(EmptyRule rule) {
        return rule == EmptyRule.PHP ? SigningReading.PHP : SigningReading.DOCUMENT;
    }

    private static WebhookVerdict unreadable(Map<String, String> fields, SignatureVerifier.Verification signature,
                                             WebhookVerdict.Reason reason, String detail) {
        Map<String, String> withoutSign = new LinkedHashMap<>(fields);
        withoutSign.remove("sign");
        LOG.warn("C-Pay notification signed correctly but unreadable: {}: {}", reason.code(), detail);
        return new WebhookVerdict.Unreadable(withoutSign, signature.matchedRule(), reason, detail);
    }

    private static String nestedDetail(NotificationBody.Read read) {
        return (read.nested().size() == 1 ? "field " : "fields ") + String.join(", ", read.nested())
                + (read.nested().size() == 1 ? " holds" : " hold") + " a nested JSON value";
    }

    // null when the content type is neither JSON nor a form
    private static NotificationBody.Read read(byte[] body, String contentType) throws NotificationBody.Unreadable {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean startsAsJson = firstCharacter(body) == '{';
        if (type.contains("json") || (type.isBlank() && startsAsJson)) {
            return NotificationBody.json(body);
        }
        if (type.contains(MediaType.APPLICATION_FORM_URLENCODED) || type.isBlank()) {
            return NotificationBody.form(body, charset(contentType));
        }
        return null;
    }

    private static char firstCharacter(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return (char) b;
            }
        }
        return 0;
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            try {
                return MediaType.of(contentType).getCharset().orElse(StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
