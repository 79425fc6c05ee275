package com.cpay.platform.sandbox;

import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import com.cpay.platform.sandbox.journal.RequestRecord;
import com.cpay.platform.sandbox.support.CpayHttp;
import com.cpay.platform.sandbox.support.SharedSandbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /sandbox/v1/requests shows every request received, the refused ones too, each with why it was refused
 * ({@code refusalReason}) and what it was answered ({@code code}, {@code msg}); never card data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestLogTest {

    private SandboxServer sandbox;
    private CpayHttp cpay;
    private CpayHttp forger;

    @BeforeAll
    void start() {
        sandbox = SharedSandbox.get();
        cpay = new CpayHttp(sandbox.url(), sandbox.merchantId(), sandbox.secretKey());
        forger = new CpayHttp(sandbox.url(), sandbox.merchantId(), "not-the-key");
    }

    @BeforeEach
    void clean() {
        sandbox.control().reset();
        sandbox.control().autoAdvance(false);
    }

    @Test
    void an_accepted_request_has_no_refusal_reason() {
        cpay.get("getMerchantBalance", Map.of());

        assertThat(only()).satisfies(r -> {
            assertThat(r.refusalReason()).isNull();
            assertThat(r.code()).isZero();
            assertThat(r.signature()).isEqualTo("valid");
        });
    }

    @Test
    void a_wrong_or_missing_signature_is_logged_with_its_reason() {
        forger.get("getMerchantBalance", Map.of());
        cpay.getRaw("getMerchantBalance", new LinkedHashMap<>(Map.of("merchantId", sandbox.merchantId())));

        assertThat(sandbox.control().requests()).extracting(RequestRecord::refusalReason, RequestRecord::signature,
                RequestRecord::code, RequestRecord::msg).containsExactly(
                org.assertj.core.groups.Tuple.tuple("invalid-signature", "invalid", 1L,
                        "sign verification failed: sign must be HMAC-SHA256 over every parameter received but sign and "
                                + "empty ones, sorted by name"),
                org.assertj.core.groups.Tuple.tuple("missing-signature", "missing", 1L, "sign is required"));
    }

    @Test
    void an_unknown_or_missing_merchant_is_logged_with_its_reason() {
        new CpayHttp(sandbox.url(), "99999999", "x").get("getMerchantBalance", Map.of());
        cpay.getRaw("getMerchantBalance", Map.of("sign", "0".repeat(64)));

        assertThat(sandbox.control().requests()).extracting(RequestRecord::refusalReason, RequestRecord::merchantId,
                RequestRecord::signature, RequestRecord::msg).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unknown-merchant", "99999999", "unchecked",
                        "merchantId 99999999 is not a known merchant"),
                org.assertj.core.groups.Tuple.tuple("missing-merchant", null, "unchecked", "merchantId is required"));
    }

    @Test
    void a_body_that_is_not_a_form_and_an_unknown_operation_are_logged() {
        cpay.postBody("createOrder", "application/json", "{\"merchantId\":\"x\"}");
        cpay.get("noSuchOperation", Map.of());

        assertThat(sandbox.control().requests()).extracting(RequestRecord::operation, RequestRecord::refusalReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("createOrder", "not-a-form"),
                        org.assertj.core.groups.Tuple.tuple("noSuchOperation", "unknown-operation"));
    }

    @Test
    void injected_faults_that_answer_instead_of_the_gateway_are_logged_as_such() {
        sandbox.control().addFault(new FaultSpec("getMerchantBalance", FaultKind.HTTP_ERROR, 1, null, null, 502, null, null));
        sandbox.control().addFault(new FaultSpec("getWalletAddress", FaultKind.ENVELOPE_ERROR, 1, null, null, null, null, null));

        cpay.get("getMerchantBalance", Map.of());
        cpay.get("getWalletAddress", Map.of("userId", "u-1"));

        List<RequestRecord> log = sandbox.control().requests();
        assertThat(log).extracting(RequestRecord::refusalReason, RequestRecord::fault, RequestRecord::httpStatus,
                RequestRecord::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fault", "HTTP_ERROR 502", 502, null),
                org.assertj.core.groups.Tuple.tuple("fault", "ENVELOPE_ERROR 1", 200, 1L));
        assertThat(log.get(0).response()).isEqualTo("502 Bad Gateway");
    }

    @Test
    void refusals_of_parameters_and_of_the_gateway_rules_are_logged_with_their_messages() {
        Map<String, String> missing = new LinkedHashMap<>(MerchantApiTest.createOrder(MerchantApiTest.tradeNo()));
        missing.remove("userId");
        cpay.post("createOrder", missing);
        Map<String, String> tooPrecise = new LinkedHashMap<>(MerchantApiTest.createOrder(MerchantApiTest.tradeNo()));
        tooPrecise.put("amount", "1.123456789");
        cpay.post("createOrder", tooPrecise);
        Map<String, String> poor = new LinkedHashMap<>(MerchantApiTest.withdraw(MerchantApiTest.tradeNo()));
        poor.put("totalAmount", "99999999");
        cpay.post("withdraw", poor);

        assertThat(sandbox.control().requests()).extracting(RequestRecord::refusalReason, RequestRecord::code,
                RequestRecord::msg).containsExactly(
                org.assertj.core.groups.Tuple.tuple("invalid-parameter", 1L, "userId is required"),
                org.assertj.core.groups.Tuple.tuple("rejected", 1L, "amount 1.123456789 has more than 8 decimals"),
                org.assertj.core.groups.Tuple.tuple("rejected", 1L,
                        "insufficient USDT balance: available 10000, needed 99999999"));
    }

    @Test
    void refused_card_payments_never_show_card_data_in_the_log() {
        forger.post("pwpp", MerchantApiTest.pwpp(MerchantApiTest.tradeNo(), "4111111111111111"));
        cpay.post("pwpp", MerchantApiTest.pwpp(MerchantApiTest.tradeNo(), "4000000000000002"));
        sandbox.control().addFault(new FaultSpec("pwpp", FaultKind.ENVELOPE_ERROR, 1, null, null, null, 90751015L, null));
        cpay.post("pwpp", MerchantApiTest.pwpp(MerchantApiTest.tradeNo(), "5555555555554444"));

        List<RequestRecord> log = sandbox.control().requests();
        assertThat(log).extracting(RequestRecord::refusalReason, RequestRecord::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("invalid-signature", 1L),
                org.assertj.core.groups.Tuple.tuple("rejected", 90751015L),
                org.assertj.core.groups.Tuple.tuple("fault", 90751015L));
        assertThat(log).extracting(r -> r.parameters().get("cardNumber"))
                .containsExactly("411111******1111", "400000******0002", "555555******4444");
        assertThat(log).allSatisfy(r -> {
            assertThat(r.parameters()).doesNotContainKey("sign").containsEntry("cvv", "***").containsEntry("expDate", "***");
            assertThat(r.toString()).doesNotContain("4111111111111111", "4000000000000002", "5555555555554444", "12/39");
        });
    }

    private RequestRecord only() {
        List<RequestRecord> log = sandbox.control().requests();
        assertThat(log).hasSize(1);
        return log.get(0);
    }
}
