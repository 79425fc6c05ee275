package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase;
import com.cpay.platform.domain.notification.InboundNotification;
import com.cpay.platform.domain.notification.NotificationVerdict;
import com.cpay.platform.domain.notification.NotificationVerifier;
import com.cpay.platform.domain.notification.SigningReading;
import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * C-Pay's signature as a test decides it: a body the test "signed" is verified and read from the fields given
 * with it, as the HTTP adapter reads them ({@link CpayNotification#read}); any other body is refused. Deliveries
 * named by a label ({@link #signed(String, Map)}) get a body of their own, so a test can find their inbox entry
 * ({@link #key(String)}).
 */
public final class FakeNotificationVerifier implements NotificationVerifier {

    /** The sender of every delivery built here. */
    public static final String SOURCE = "203.0.113.7";

    private final Map<String, NotificationVerdict> verdicts = new ConcurrentHashMap<>();
    private final Map<String, byte[]> labelled = new ConcurrentHashMap<>();

    /** A delivery of these fields, signed, under {@code label}: the same label and fields give the same body. */
    public HandleCpayNotificationUseCase.Command signed(String label, Map<String, String> fields) {
        return delivery(label, signedBody(label + " " + new TreeMap<>(fields), fields));
    }

    /** A delivery of this body under {@code label}, signed over these fields (read as the adapter reads them). */
    public HandleCpayNotificationUseCase.Command signedBody(String label, String body, Map<String, String> fields) {
        return delivery(label, signedBody(body, fields));
    }

    /** A delivery of these fields, signed, that the adapter could not read for {@code reason}. */
    public HandleCpayNotificationUseCase.Command unreadable(String label, Map<String, String> fields, String reason) {
        return delivery(label, register(label + " " + new TreeMap<>(fields),
                new NotificationVerdict.Unreadable(fields, SigningReading.DOCUMENT, reason)));
    }

    /** A delivery of this body, refused for {@code reason}. */
    public HandleCpayNotificationUseCase.Command refused(String label, String body, String reason) {
        return delivery(label, register(body, new NotificationVerdict.Refused(reason)));
    }

    /** The inbox key of the last delivery under {@code label}, when it was verified. */
    public String key(String label) {
        return InboundNotification.keyOf(labelled.get(label));
    }

    /** The inbox key of the last delivery under {@code label}, when it was refused. */
    public String refusedKey(String label) {
        return InboundNotification.refusedKeyOf(labelled.get(label));
    }

    @Override
    public NotificationVerdict verify(byte[] body, Optional<String> contentType) {
        return verdicts.getOrDefault(new String(body, StandardCharsets.UTF_8),
                new NotificationVerdict.Refused("signature-mismatch: the sign does not match the fields"));
    }

    /** A delivery of this body from {@link #SOURCE}. */
    public static HandleCpayNotificationUseCase.Command deliver(byte[] body) {
        return new HandleCpayNotificationUseCase.Command(body, Optional.of("application/json"), SOURCE);
    }

    private HandleCpayNotificationUseCase.Command delivery(String label, byte[] body) {
        labelled.put(label, body);
        return deliver(body);
    }

    private byte[] signedBody(String body, Map<String, String> fields) {
        NotificationVerdict verdict;
        try {
            verdict = new NotificationVerdict.Verified(CpayNotification.read(fields), SigningReading.DOCUMENT);
        } catch (ValidationException e) {
            Map<String, String> withoutSign = new LinkedHashMap<>(fields);
            withoutSign.remove("sign");
            verdict = new NotificationVerdict.Unreadable(withoutSign, SigningReading.DOCUMENT,
                    "invalid-fields: " + e.getMessage());
        }
        return register(body, verdict);
    }

    private byte[] register(String body, NotificationVerdict verdict) {
        verdicts.put(body, verdict);
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
