package com.cpay.platform.adapter.http.config;

import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.adapter.http.signing.SignatureVerifier;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The adapter's configuration, under {@code cpay.*} (environment variables as Micronaut maps them:
 * {@code CPAY_BASE_URL}, {@code CPAY_MERCHANT_ID}, {@code CPAY_SECRET_KEY} ...).
 *
 * <p>{@code cpay.base-url}, {@code cpay.http.connect-timeout} and {@code cpay.http.read-timeout} also configure
 * the generated client {@code @Client("cpay")}: {@link CpayClientDefaults} maps them to
 * {@code micronaut.http.services.cpay.*}. A value set directly under {@code micronaut.http.services.cpay.*} wins
 * (Pact tests may point the client at a mock server that way).
 *
 * <p>{@link #toString()} never shows a key.
 *
 * @param baseUrl                  C-Pay's root URL, default the sandbox {@value #DEFAULT_BASE_URL}
 * @param merchantId               the merchant id C-Pay issued (required to call C-Pay)
 * @param secretKey                the current secret key, signs every request (required)
 * @param previousSecretKeys       keys still accepted on inbound verification during a rotation
 * @param mode                     {@code sandbox} (default) or {@code live}
 * @param verifyResponseSignatures whether createOrderByCreditCard's answer {@code sign} is checked
 *                                 (docs/decisions.md, decision 12); unset means true in sandbox mode, false in live mode
 * @param http                     timeouts and retries
 */
@ConfigurationProperties(CpayProperties.PREFIX)
public record CpayProperties(
        @Bindable(defaultValue = CpayProperties.DEFAULT_BASE_URL) URI baseUrl,
        @Nullable String merchantId,
        @Nullable String secretKey,
        @Nullable List<String> previousSecretKeys,
        @Bindable(defaultValue = "sandbox") String mode,
        @Nullable Boolean verifyResponseSignatures,
        @Nullable Http http) {

    public static final String PREFIX = "cpay";
    /** "domain test" of s.2. */
    public static final String DEFAULT_BASE_URL = "https://sandbox-api.cpay.ltd";
    public static final String DEFAULT_CONNECT_TIMEOUT = "5s";
    public static final String DEFAULT_READ_TIMEOUT = "30s";
    public static final String DEFAULT_GET_ATTEMPTS = "3";
    public static final String DEFAULT_RETRY_INITIAL_DELAY = "200ms";

    public CpayProperties {
        baseUrl = baseUrl == null ? URI.create(DEFAULT_BASE_URL) : baseUrl;
        previousSecretKeys = previousSecretKeys == null ? List.of()
                : previousSecretKeys.stream().filter(k -> k != null && !k.isBlank()).toList();
        mode = mode == null || mode.isBlank() ? "sandbox" : mode.trim();
        http = http == null ? Http.defaults() : http;
    }

    /** Whether the answer signature of createOrderByCreditCard is verified (docs/decisions.md, decision 12). */
    public boolean verifiesResponseSignatures() {
        return verifyResponseSignatures != null ? verifyResponseSignatures : !"live".equalsIgnoreCase(mode);
    }

    /**
     * The signer of outgoing requests.
     *
     * @throws IllegalStateException when {@code cpay.secret-key} is not set (the message never shows a key)
     */
    public CpaySigner signer() {
        return new CpaySigner(currentKey());
    }

    /** The verifier of inbound signatures: the current key, then the previous ones. */
    public SignatureVerifier verifier() {
        List<SecretKey> keys = new ArrayList<>();
        keys.add(currentKey());
        previousSecretKeys.forEach(k -> keys.add(SecretKey.of(k)));
        return new SignatureVerifier(keys);
    }

    /**
     * The merchant id to send.
     *
     * @throws IllegalStateException when {@code cpay.merchant-id} is not set
     */
    public String requiredMerchantId() {
        if (merchantId == null || merchantId.isBlank()) {
            throw new IllegalStateException("cpay.merchant-id is required to call C-Pay");
        }
        return merchantId.trim();
    }

    private SecretKey currentKey() {
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalStateException("cpay.secret-key is required to call C-Pay");
        }
        return SecretKey.of(secretKey);
    }

    @Override
    public String toString() {
        return "CpayProperties[baseUrl=" + baseUrl + ", merchantId=" + merchantId
                + ", secretKey=" + (secretKey == null ? "unset" : "[redacted]")
                + ", previousSecretKeys=" + previousSecretKeys.size() + " [redacted]"
                + ", mode=" + mode + ", verifyResponseSignatures=" + verifiesResponseSignatures()
                + ", http=" + http + "]";
    }

    /**
     * Transport settings under {@code cpay.http.*}.
     *
     * @param connectTimeout    time to open a connection
     * @param readTimeout       time to wait for a whole answer
     * @param getRetries        attempts of a GET in all (1 means no retry); POSTs are never retried blindly
     * @param retryInitialDelay delay before the first retry; doubled each time, with jitter
     */
    @ConfigurationProperties("http")
    public record Http(
            @Bindable(defaultValue = DEFAULT_CONNECT_TIMEOUT) Duration connectTimeout,
            @Bindable(defaultValue = DEFAULT_READ_TIMEOUT) Duration readTimeout,
            @Bindable(defaultValue = DEFAULT_GET_ATTEMPTS) int getRetries,
            @Bindable(defaultValue = DEFAULT_RETRY_INITIAL_DELAY) Duration retryInitialDelay) {

        public Http {
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
            getRetries = Math.max(1, getRetries);
            retryInitialDelay = retryInitialDelay == null || retryInitialDelay.isNegative()
                    ? Duration.ofMillis(200) : retryInitialDelay;
        }

        public static Http defaults() {
            return new Http(null, null, Integer.parseInt(DEFAULT_GET_ATTEMPTS), null);
        }
    }
}
