package com.cpay.platform.adapter.http.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.cpay.platform.domain.kyc.KycBatchResult;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.cpay.platform.adapter.http.pact.PactContract.MERCHANT_ID;
import static com.cpay.platform.adapter.http.pact.PactContract.UNKNOWN_MERCHANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** submitKYC (s.11), through {@code CpayKycGateway}. */
class KycContractTest extends CpayContractTestBase {

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact submitKYC(PactDslWithProvider builder) {
        PactDslJsonBody answer = Wire.traceId(Wire.success("success"));
        answer.object("data").integerType("count", 2L).closeObject();
        return Wire.answer(Wire.post(merchantExists(builder).uponReceiving("submitKYC: two users with complete data"),
                "submitKYC", Wire.signed("merchantId", MERCHANT_ID, "data", PactFixtures.kycData())), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "submitKYC")
    void submitKYC_reads_how_many_users_were_accepted(MockServer mock) {
        KycBatchResult result = call(mock, p -> p.kyc().submit(PactFixtures.kycBatch()));

        assertThat(result.submitted()).isEqualTo(2);
        assertThat(result.accepted()).isEqualTo(2L);
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact submitKYCUnknownMerchant(PactDslWithProvider builder) {
        return Wire.answer(Wire.post(builder.given(AccountContractTest.UNKNOWN_MERCHANT,
                                        Map.of("merchantId", UNKNOWN_MERCHANT_ID))
                                .uponReceiving("submitKYC: a merchant C-Pay does not know"), "submitKYC",
                        Wire.signed("merchantId", UNKNOWN_MERCHANT_ID, "data", PactFixtures.kycData())),
                Wire.refusal(1, Wire.UNKNOWN_MERCHANT, "merchantId 99999999 is not a known merchant")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "submitKYCUnknownMerchant")
    void submitKYC_refused_for_an_unknown_merchant(MockServer mock) {
        assertThatThrownBy(() -> call(mock, merchantId(UNKNOWN_MERCHANT_ID), p -> p.kyc().submit(PactFixtures.kycBatch())))
                .isInstanceOfSatisfying(GatewayRejectedException.class, e -> assertThat(e.code()).isEqualTo(1L));
    }
}
