package com.cpay.platform.sandbox.control;

import com.cpay.platform.sandbox.config.Merchant;
import com.cpay.platform.sandbox.config.MerchantRegistry;
import com.cpay.platform.sandbox.config.SandboxConfig;
import com.cpay.platform.sandbox.control.ControlModels.SandboxInfo;
import com.cpay.platform.sandbox.lifecycle.LifecycleSettings;
import com.cpay.platform.sandbox.pricing.Fees;
import com.cpay.platform.sandbox.pricing.RateTable;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code GET /sandbox/v1/info} tells: merchants (never keys), timings, fees, rates, failure rules. */
@Singleton
final class SandboxInfoView {

    static final String RATE_READING = "SOURCE/TARGET=r: one unit of TARGET costs r units of SOURCE "
            + "(the reading of the document's examples; docs/decisions.md, decision 9)";

    private final SandboxConfig config;
    private final MerchantRegistry merchants;
    private final Fees fees;
    private final RateTable rates;
    private final LifecycleSettings lifecycleSettings;

    SandboxInfoView(SandboxConfig config, MerchantRegistry merchants, Fees fees, RateTable rates,
                    LifecycleSettings lifecycleSettings) {
        this.lifecycleSettings = lifecycleSettings;
        this.config = config;
        this.merchants = merchants;
        this.fees = fees;
        this.rates = rates;
    }

    SandboxInfo current() {
        Map<String, Object> lifecycle = new LinkedHashMap<>();
        LifecycleSettings.Values now = lifecycleSettings.current();
        lifecycle.put("pendingDelayMs", now.pendingDelay().toMillis());
        lifecycle.put("processingDelayMs", now.processingDelay().toMillis());
        lifecycle.put("autoAdvance", now.autoAdvance());
        Map<String, Object> webhooks = new LinkedHashMap<>();
        webhooks.put("callbackUrl", merchants.primary().callbackUrl());
        webhooks.put("format", merchants.primary().webhookFormat().name().toLowerCase(java.util.Locale.ROOT));
        webhooks.put("maxAttempts", config.getWebhooks().getMaxAttempts());
        webhooks.put("initialBackoffMs", config.getWebhooks().getInitialBackoff().toMillis());
        webhooks.put("maxBackoffMs", config.getWebhooks().getMaxBackoff().toMillis());
        SandboxConfig.Fees f = config.getFees();
        Map<String, String> otherFees = new LinkedHashMap<>();
        otherFees.put("withdraw", "totalAmount - receivedAmount (docs/decisions.md, decision 26)");
        otherFees.put("pixFixed", f.getPixFixed());
        otherFees.put("pixPercent", f.getPixPercent());
        otherFees.put("cardPercent", f.getCardPercent());
        otherFees.put("exchangePercent", f.getExchangePercent());
        otherFees.put("depositPercent", f.getDepositPercent());
        Map<String, Object> failures = new LinkedHashMap<>();
        failures.put("declinedCardSuffix", config.getFailures().getDeclinedCardSuffix());
        failures.put("threeDsCardSuffix", config.getFailures().getThreeDsCardSuffix());
        failures.put("invalidPixKeys", config.getFailures().getInvalidPixKeys());
        failures.put("blockedAddresses", config.getFailures().getBlockedAddresses());
        return new SandboxInfo(merchants.primary().id(), merchants.all().stream().map(Merchant::id).toList(),
                merchants.primary().emptyRule().key(), lifecycle,
                webhooks, otherFees, rates.all(), failures, RATE_READING);
    }
}
