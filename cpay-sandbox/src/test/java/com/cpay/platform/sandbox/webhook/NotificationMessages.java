package com.cpay.platform.sandbox.webhook;

import com.cpay.platform.sandbox.config.Merchant;
import com.cpay.platform.sandbox.config.WebhookFormat;
import com.cpay.platform.sandbox.state.Order;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The section 15 notification of an order, built the way {@link WebhookDispatcher#statusChanged} builds the body it
 * POSTs, stopping short of the delivery (callback URL, queue, faults, retries):
 * <ol>
 *   <li>the fields: {@link Notifications#fields(Order)}, the simulator's own builder, called as is;</li>
 *   <li>{@code sign}: added over those fields by the merchant's signer, {@code merchant.signer().sign(fields)}, as
 *       the dispatcher's private {@code signed(fields, merchant.signer())} does;</li>
 *   <li>the body form: the merchant's webhook format setting ({@link Merchant#webhookFormat()}), as the dispatcher
 *       reads it; JSON written by the dispatcher's {@link JsonText#object} (package access, hence this package),
 *       a form written as the dispatcher's private {@code body(Delivery)} writes it (URL-encoded {@code name=value}
 *       joined with {@code &}, in field order), with the dispatcher's content types.</li>
 * </ol>
 * The form writer and the content types are a copy of private code of {@link WebhookDispatcher}: a public
 * {@code Notifications.body(...)} that the dispatcher also used would remove the copy (contracts/README.md).
 */
final class NotificationMessages {

    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    /** A notification body and the content type it is sent with. */
    record Built(String contentType, String body, Map<String, String> fields) {
    }

    private NotificationMessages() {
    }

    /**
     * @param extraFields fields to add before signing, as a C-Pay that sends a field the document does not name
     *                    would (the simulator never does; only the provider state of the contract's unknown-field
     *                    interaction asks for one)
     */
    static Built build(Order order, Merchant merchant, Map<String, String> extraFields) {
        Map<String, String> fields = new LinkedHashMap<>(Notifications.fields(order));
        fields.putAll(extraFields);
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("sign", merchant.sign(fields));
        if (merchant.webhookFormat() == WebhookFormat.FORM) {
            return new Built(FORM, form(signed), signed);
        }
        return new Built(JSON, JsonText.object(signed), signed);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
