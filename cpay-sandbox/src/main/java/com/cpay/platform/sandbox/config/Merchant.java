package com.cpay.platform.sandbox.config;

import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.adapter.http.signing.SignatureVerifier;

import java.util.List;
import java.util.Objects;

/**
 * A merchant known to the simulator: its id, its secret key (never shown by {@code toString}), and the
 * webhook settings "configured in the merchant platform".
 */
public final class Merchant {

    private final String id;
    private final CpaySigner signer;
    private final SignatureVerifier verifier;
    private final String configuredCallbackUrl;
    private final WebhookFormat configuredFormat;
    private volatile String callbackUrl;
    private volatile WebhookFormat webhookFormat;

    public Merchant(String id, SecretKey key, String callbackUrl, WebhookFormat webhookFormat) {
        this.id = Objects.requireNonNull(id, "id");
        this.signer = new CpaySigner(key);
        this.verifier = new SignatureVerifier(List.of(key));
        this.configuredCallbackUrl = callbackUrl;
        this.configuredFormat = Objects.requireNonNull(webhookFormat, "webhookFormat");
        this.callbackUrl = callbackUrl;
        this.webhookFormat = webhookFormat;
    }

    public String id() {
        return id;
    }

    public CpaySigner signer() {
        return signer;
    }

    public SignatureVerifier verifier() {
        return verifier;
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
