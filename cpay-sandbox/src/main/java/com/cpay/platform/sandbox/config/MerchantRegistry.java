package com.cpay.platform.sandbox.config;

import com.cpay.platform.sandbox.signing.EmptyRule;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The merchants the simulator accepts: the configured one first, then {@code additional-merchants}. */
@Singleton
public class MerchantRegistry {

    private final Map<String, Merchant> merchants = new LinkedHashMap<>();
    private final Merchant primary;

    public MerchantRegistry(SandboxConfig config) {
        WebhookFormat format = WebhookFormat.parse(config.getWebhookFormat());
        EmptyRule emptyRule = EmptyRule.parse(config.getSignatureEmptyRule());
        primary = new Merchant(config.getMerchantId(), config.getSecretKey(), emptyRule, config.getCallbackUrl(), format);
        merchants.put(primary.id(), primary);
        for (String entry : config.getAdditionalMerchants()) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("cpay.sandbox.additional-merchants entries are id:key");
            }
            String id = entry.substring(0, colon).trim();
            merchants.put(id, new Merchant(id, entry.substring(colon + 1).trim(), emptyRule, config.getCallbackUrl(), format));
        }
    }

    public Optional<Merchant> find(String merchantId) {
        return Optional.ofNullable(merchantId == null ? null : merchants.get(merchantId));
    }

    public Merchant primary() {
        return primary;
    }

    public Collection<Merchant> all() {
        return merchants.values();
    }
}
