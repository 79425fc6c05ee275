package com.cpay.platform.sandbox.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every setting of the simulator, under {@code cpay.sandbox}. Environment variables map as Micronaut maps
 * them ({@code CPAY_SANDBOX_MERCHANT_ID} is {@code cpay.sandbox.merchant-id}). List settings take
 * comma-separated {@code NAME=VALUE} entries. The README lists them with their defaults.
 */
@ConfigurationProperties("cpay.sandbox")
public class SandboxConfig {

    public static final String DEFAULT_MERCHANT_ID = "20003092";
    public static final String DEFAULT_SECRET_KEY = "sandbox-secret-key-change-me";

    private String merchantId = DEFAULT_MERCHANT_ID;
    private String secretKey = DEFAULT_SECRET_KEY;
    private List<String> additionalMerchants = new ArrayList<>();
    private String callbackUrl;
    private String webhookFormat = "json";
    private String signatureEmptyRule = "document";
    private String publicUrl;
    private String stateFile;
    private List<String> initialBalances = new ArrayList<>(List.of(
            "USDT=10000", "BTC=1", "ETH=10", "BNB=50", "TRX=100000", "USD=10000", "EUR=10000", "BRL=50000"));
    private List<String> rates = new ArrayList<>();
    private Long faultSeed;
    private Lifecycle lifecycle = new Lifecycle();
    private Webhooks webhooks = new Webhooks();
    private Fees fees = new Fees();
    private Failures failures = new Failures();

    public String getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(String merchantId) {
        this.merchantId = merchantId;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    /** Further merchants as {@code id:key} entries. */
    public List<String> getAdditionalMerchants() {
        return additionalMerchants;
    }

    public void setAdditionalMerchants(List<String> additionalMerchants) {
        this.additionalMerchants = additionalMerchants;
    }

    /** The callback URL "configured in the merchant platform", used when an order has none. */
    @Nullable
    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(@Nullable String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    /** {@code json} (default) or {@code form}: the body format of webhooks. */
    public String getWebhookFormat() {
        return webhookFormat;
    }

    public void setWebhookFormat(String webhookFormat) {
        this.webhookFormat = webhookFormat;
    }

    /**
     * {@code document} (default) or {@code php}: which values section 16 leaves out of the signed string as
     * "empty" (docs/decisions.md, decision 21). {@code document}: null and {@code ""} only, so {@code "0"} is signed;
     * {@code php}: PHP {@code empty()}, which also drops {@code "0"}. Governs the check of every request's
     * signature, the webhooks' {@code sign} and the {@code sign} of createOrderByCreditCard's answer.
     */
    public String getSignatureEmptyRule() {
        return signatureEmptyRule;
    }

    public void setSignatureEmptyRule(String signatureEmptyRule) {
        this.signatureEmptyRule = signatureEmptyRule;
    }

    /** Base URL put in cashier and 3DS links; by default taken from the request's Host header. */
    @Nullable
    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(@Nullable String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** When set, the state is loaded from and saved to this JSON file. */
    @Nullable
    public String getStateFile() {
        return stateFile;
    }

    public void setStateFile(@Nullable String stateFile) {
        this.stateFile = stateFile;
    }

    /** Starting balances of every merchant, {@code ASSET=amount}. */
    public List<String> getInitialBalances() {
        return initialBalances;
    }

    public void setInitialBalances(List<String> initialBalances) {
        this.initialBalances = initialBalances;
    }

    /** Extra or overriding quote rates, {@code SOURCE/TARGET=rate} (see the README for the reading). */
    public List<String> getRates() {
        return rates;
    }

    public void setRates(List<String> rates) {
        this.rates = rates;
    }

    /** Seed of the random draws of rate-based faults; random when absent. */
    @Nullable
    public Long getFaultSeed() {
        return faultSeed;
    }

    public void setFaultSeed(@Nullable Long faultSeed) {
        this.faultSeed = faultSeed;
    }

    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    public void setLifecycle(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public Webhooks getWebhooks() {
        return webhooks;
    }

    public void setWebhooks(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    public Fees getFees() {
        return fees;
    }

    public void setFees(Fees fees) {
        this.fees = fees;
    }

    public Failures getFailures() {
        return failures;
    }

    public void setFailures(Failures failures) {
        this.failures = failures;
    }

    /** Delays of the automatic lifecycle. */
    @ConfigurationProperties("lifecycle")
    public static class Lifecycle {
        private Duration pendingDelay = Duration.ofSeconds(1);
        private Duration processingDelay = Duration.ofSeconds(2);
        private boolean autoAdvance = true;

        public Duration getPendingDelay() {
            return pendingDelay;
        }

        public void setPendingDelay(Duration pendingDelay) {
            this.pendingDelay = pendingDelay;
        }

        public Duration getProcessingDelay() {
            return processingDelay;
        }

        public void setProcessingDelay(Duration processingDelay) {
            this.processingDelay = processingDelay;
        }

        public boolean isAutoAdvance() {
            return autoAdvance;
        }

        public void setAutoAdvance(boolean autoAdvance) {
            this.autoAdvance = autoAdvance;
        }
    }

    /** Webhook delivery: attempts and exponential backoff. */
    @ConfigurationProperties("webhooks")
    public static class Webhooks {
        private int maxAttempts = 6;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(60);
        private Duration timeout = Duration.ofSeconds(5);
        private Duration outOfOrderHold = Duration.ofSeconds(10);

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Duration getOutOfOrderHold() {
            return outOfOrderHold;
        }

        public void setOutOfOrderHold(Duration outOfOrderHold) {
            this.outOfOrderHold = outOfOrderHold;
        }
    }

    /**
     * Fee rules; amounts and percentages as exact decimal text. The crypto payout (withdraw) has no setting: its fee
     * is totalAmount - receivedAmount (docs/decisions.md, decision 26).
     */
    @ConfigurationProperties("fees")
    public static class Fees {
        private String pixFixed = "0.50";
        private String pixPercent = "0";
        private String cardPercent = "2.5";
        private String exchangePercent = "0.3";
        private String depositPercent = "0";

        public String getPixFixed() {
            return pixFixed;
        }

        public void setPixFixed(String pixFixed) {
            this.pixFixed = pixFixed;
        }

        public String getPixPercent() {
            return pixPercent;
        }

        public void setPixPercent(String pixPercent) {
            this.pixPercent = pixPercent;
        }

        public String getCardPercent() {
            return cardPercent;
        }

        public void setCardPercent(String cardPercent) {
            this.cardPercent = cardPercent;
        }

        public String getExchangePercent() {
            return exchangePercent;
        }

        public void setExchangePercent(String exchangePercent) {
            this.exchangePercent = exchangePercent;
        }

        public String getDepositPercent() {
            return depositPercent;
        }

        public void setDepositPercent(String depositPercent) {
            this.depositPercent = depositPercent;
        }
    }

    /** Inputs that make an order fail, so that failure paths can be exercised. */
    @ConfigurationProperties("failures")
    public static class Failures {
        private String declinedCardSuffix = "0002";
        private String threeDsCardSuffix = "3000";
        private List<String> invalidPixKeys = new ArrayList<>(List.of(
                "fail@pix.example.com", "+5511900000000", "00000000-0000-4000-8000-000000000000"));
        private List<String> blockedAddresses = new ArrayList<>(List.of("TLVHRkzWNhPU24c6A512oM3LaQK9jFvWGq"));

        public String getDeclinedCardSuffix() {
            return declinedCardSuffix;
        }

        public void setDeclinedCardSuffix(String declinedCardSuffix) {
            this.declinedCardSuffix = declinedCardSuffix;
        }

        public String getThreeDsCardSuffix() {
            return threeDsCardSuffix;
        }

        public void setThreeDsCardSuffix(String threeDsCardSuffix) {
            this.threeDsCardSuffix = threeDsCardSuffix;
        }

        public List<String> getInvalidPixKeys() {
            return invalidPixKeys;
        }

        public void setInvalidPixKeys(List<String> invalidPixKeys) {
            this.invalidPixKeys = invalidPixKeys;
        }

        public List<String> getBlockedAddresses() {
            return blockedAddresses;
        }

        public void setBlockedAddresses(List<String> blockedAddresses) {
            this.blockedAddresses = blockedAddresses;
        }
    }
}
