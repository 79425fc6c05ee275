package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.config.CpayProperties;
import com.cpay.platform.adapter.http.generated.api.CpayMerchantApi;
import com.cpay.platform.adapter.http.webhook.CpayWebhookVerifier;
import com.cpay.platform.domain.account.CpayAccountGateway;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.deposit.CpayDepositGateway;
import com.cpay.platform.domain.exchange.CpayExchangeGateway;
import com.cpay.platform.domain.kyc.CpayKycGateway;
import com.cpay.platform.domain.reconciliation.CpayOrderQueryGateway;
import com.cpay.platform.domain.payout.CpayPayoutGateway;
import com.cpay.platform.domain.order.CpayCallLog;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's beans: one per gateway port, exposed by the port type only, plus the webhook verifier. All
 * share one {@link CpayCalls} (generated client, merchant id, signer, retry rule). Beans are created on first
 * use, so a context that never asks for a gateway needs no {@code cpay.merchant-id} or {@code cpay.secret-key}.
 * Each gateway is {@link CpayCallMetered}, so the calls through its port can be observed without the adapter
 * knowing about metrics.
 */
@Factory
public class CpayGatewayFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CpayGatewayFactory.class);
    private static final String BODY_LOGGER = "io.micronaut.http.client.netty.DefaultHttpClient";

    @Singleton
    CpayCalls cpayCalls(CpayMerchantApi api, JsonMapper json, CpayProperties properties) {
        return new CpayCalls(api, json, properties.requiredMerchantId(), properties.signer(),
                properties.verifiesResponseSignatures() ? properties.verifier() : null,
                new RetryPolicy(properties.http().getRetries(), properties.http().retryInitialDelay()));
    }

    /** Keeps each call about an order where the app stores them; nothing in an embedding without that store. */
    @Singleton
    CallRecorder callRecorder(@Nullable CpayCallLog log, @Nullable Clock clock) {
        return new CallRecorder(Optional.ofNullable(log), clock == null ? Clock.systemUTC() : clock);
    }

    @Singleton
    Submissions submissions(CpayCalls calls, CpayOrderQueryGateway orders, CallRecorder recorder) {
        return new Submissions(calls, orders, recorder);
    }

    @Singleton
    @CpayCallMetered
    CpayOrderQueryGateway cpayOrderQueryGateway(CpayCalls calls, CallRecorder recorder) {
        return new OrderQueryHttpGateway(calls, recorder);
    }

    @Singleton
    @CpayCallMetered
    CpayDepositGateway cpayDepositGateway(CpayCalls calls, Submissions submissions, DepositAddressMapper mapper) {
        return new DepositHttpGateway(calls, submissions, mapper);
    }

    @Singleton
    @CpayCallMetered
    CpayAccountGateway cpayAccountGateway(CpayCalls calls, BalanceMapper mapper) {
        return new AccountHttpGateway(calls, mapper);
    }

    @Singleton
    @CpayCallMetered
    CpayPayoutGateway cpayPayoutGateway(CpayCalls calls, Submissions submissions) {
        return new PayoutHttpGateway(calls, submissions);
    }

    @Singleton
    @CpayCallMetered
    CpayExchangeGateway cpayExchangeGateway(CpayCalls calls, Submissions submissions) {
        return new ExchangeHttpGateway(calls, submissions);
    }

    @Singleton
    @CpayCallMetered
    CpayKycGateway cpayKycGateway(CpayCalls calls, Submissions submissions, KycUserMapper mapper, JsonMapper json) {
        return new KycHttpGateway(calls, submissions, mapper, json);
    }

    @Singleton
    @CpayCallMetered
    CpayCardGateway cpayCardGateway(CpayCalls calls, Submissions submissions) {
        if (LoggerFactory.getLogger(BODY_LOGGER).isTraceEnabled()) {
            LOG.warn("{} logs request bodies at TRACE: card numbers and CVVs of pwpp would be logged", BODY_LOGGER);
        }
        return new CardHttpGateway(calls, submissions);
    }

    @Singleton
    CpayWebhookVerifier cpayWebhookVerifier(CpayProperties properties) {
        return new CpayWebhookVerifier(properties.verifier());
    }
}
