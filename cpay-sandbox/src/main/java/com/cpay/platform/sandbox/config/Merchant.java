package com.cpay.platform.sandbox.config;

import com.cpay.platform.sandbox.signing.EmptyRule;
import com.cpay.platform.sandbox.signing.SectionSixteen;

import java.util.Map;
import java.util.Objects;

/**
 * A merchant known to the simulator: its id, its secret key (never shown by {@code toString}), and the
 * webhook settings "configured in the merchant platform". Signs and verifies with the simulator's own section 16
 * under the configured {@link EmptyRule}.
 */
public final class Merchant {

    private final String id;
    private final SectionSixteen signature;
    private final EmptyRule emptyRule;
    private final String configuredCallbackUrl;
    private final WebhookFormat configuredFormat;
    private volatile String callbackUrl;
    private volatile WebhookFormat webhookFormat;

    public Merchant(String id, String secretKey, EmptyRule emptyRule, String callbackUrl, WebhookFormat webhookFormat) {
        this.id = Objects.requireNonNull(id, "id");
        this.signature = new SectionSixteen(secretKey);
        this.emptyRule = Objects.requireNonNull(emptyRule, "emptyRule");
        this.configuredCallbackUrl = callbackUrl;
        this.configuredFormat = Objects.requireNonNull(webhookFormat, "webhookFormat");
        this.callbackUrl = callbackUrl;
        this.webhookFormat = webhookFormat;
    }

    public String id() {
        return id;
    }

    /** The {@code sign} of these fields (a {@code sign} among them is ignored), under the configured empty rule. */
    public String sign(Map<String, String> fields) {
        return signature.sign(fields, emptyRule);
    }

    /** Checks the {@code sign} among these parameters over all the others, under the configured empty rule. */
    public SectionSixteen.Verdict verify(Map<String, String> parameters) {
        return signature.verify(parameters, emptyRule);
    }

    public EmptyRule emptyRule() {
        return emptyRule;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public WebhookFormat webhookFormat() {
        return webhookFormat;
    }

    public void configureWebhooks(String callbackUrl, WebhookFormat webhookFormat) {
        this.callbackUrl = callbackUrl;
        if (webhookFormat != null) {
            this.webhookFormat = webhookFormat;
        }
    }

    /** Back to the configured webhook settings (reset). */
    public void resetWebhooks() {
        this.callbackUrl = configuredCallbackUrl;
        this.webhookFormat = configuredFormat;
    }

    @Override
    public String toString() {
        return "Merchant[" + id + "]";
    }
}
