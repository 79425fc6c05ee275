package com.cpay.platform.sandbox.config;

import java.util.Locale;

/** Body format of webhooks: JSON (C-Pay's plugins read JSON, docs/decisions.md, decision 13) or a form. */
public enum WebhookFormat {
    JSON, FORM;

    public static WebhookFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "form" -> FORM;
            default -> throw new IllegalArgumentException("webhook format must be json or form, not " + text);
        };
    }
}
