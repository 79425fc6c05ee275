package com.cpay.platform.sandbox;

import com.cpay.platform.sandbox.support.CpayHttp;
import com.cpay.platform.sandbox.support.CpayHttp.Answer;
import com.cpay.platform.sandbox.support.DocumentSigner;
import com.cpay.platform.sandbox.support.SharedSandbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A client that follows only the document can use every operation": each of the twelve operations, called
 * through real HTTP with query or form parameters signed by an independent implementation of section 16, is
 * accepted; the same call with a wrong signature is refused with code 1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MerchantApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String TRON_ADDRESS = "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw";

    private SandboxServer sandbox;
    private CpayHttp cpay;
    private CpayHttp forger;
    private String existingTradeNo;

    record Call(String operation, boolean post, Map<String, String> parameters) {
        @Override
        public String toString() {
            return operation;
        }
    }

    @BeforeAll
    void start() {
        sandbox = SharedSandbox.get();
        sandbox.control().autoAdvance(false);
        cpay = new CpayHttp(sandbox.url(), sandbox.merchantId(), sandbox.secretKey());
        forger = new CpayHttp(sandbox.url(), sandbox.merchantId(), "not-the-key");
        existingTradeNo = tradeNo();
        assertThat(cpay.post("createOrder", createOrder(existingTradeNo)).code()).isZero();
    }

    Stream<Call> operations() {
        return Stream.of(
                new Call("getWalletAddress", false, Map.of("userId", "user-1")),
                new Call("withdraw", true, withdraw(tradeNo())),
                new Call("createFiatPayoutOrder", true, pix(tradeNo(), "2", "payee@example.com")),
                new Call("getMerchantBalance", false, Map.of()),
                new Call("getExchangeRate", false, quote("USDT", "BTC", "0", "100")),
                new Call("getExchangeRateForCreditCard", false, quote("USD", "ETH", "0", "100")),
                new Call("getOrderDetail", false, Map.of("merchantTradeNo", existingTradeNo)),
                new Call("exchange", true, exchange(tradeNo(), "USDT", "400", "BTC")),
                new Call("submitKYC", true, Map.of("data", "[{\"userId\":\"k1\",\"firstName\":\"hart\",\"lastName\":\"lee\"}]")),
                new Call("pwpp", true, pwpp(tradeNo(), "4111111111111111")),
                new Call("createOrder", true, createOrder(tradeNo())),
                new Call("createOrderByCreditCard", true, cardOrder(tradeNo())));
    }

    @ParameterizedTest(name = "{0} is accepted when signed as the document says")
    @MethodSource("operations")
    void every_operation_accepts_a_request_signed_as_the_document_says(Call call) {
        Answer answer = call.post() ? cpay.post(call.operation(), call.parameters()) : cpay.get(call.operation(), call.parameters());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).as(answer.body()).isZero();
        assertThat(answer.json()).containsKey("data");
    }

    @ParameterizedTest(name = "{0} is refused with code 1 when the signature is wrong")
    @MethodSource("operations")
    void every_operation_refuses_a_wrong_signature(Call call) {
        Answer answer = call.post() ? forger.post(call.operation(), call.parameters()) : forger.get(call.operation(), call.parameters());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo(1);
        assertThat(answer.msg()).contains("sign");
        assertThat(answer.json().get("traceid")).asString().matches("[0-9]{12}X[0-9]{7}");
    }

    @Test
    void a_parameter_changed_after_signing_is_refused() {
        Map<String, String> signed = cpay.signed(createOrder(tradeNo()));
        signed.put("amount", "300");

        assertThat(cpay.postRaw("createOrder", signed).msg()).startsWith("sign verification failed");
    }

    @Test
    void unknown_parameters_are_part_of_the_signature() {
        Map<String, String> withExtra = new LinkedHashMap<>(createOrder(tradeNo()));
        withExtra.put("someFutureField", "x");
        assertThat(cpay.post("createOrder", withExtra).code()).isZero();

        Map<String, String> addedAfterSigning = cpay.signed(createOrder(tradeNo()));
        addedAfterSigning.put("someFutureField", "x");
        assertThat(cpay.postRaw("createOrder", addedAfterSigning).code()).isEqualTo(1);
    }

    @Test
    void the_value_0_is_signed_and_empty_values_are_not() {
        Map<String, String> parameters = new LinkedHashMap<>(quote("USDT", "BTC", "0", "100"));
        parameters.put("merchantId", sandbox.merchantId());
        parameters.put("emptyOne", "");
        Map<String, String> withoutZero = new LinkedHashMap<>(parameters);
        withoutZero.remove("purchaseType");
        parameters.put("sign", DocumentSigner.sign(withoutZero, sandbox.secretKey()));

        assertThat(cpay.getRaw("getExchangeRate", parameters).code()).as("PHP empty() reading").isEqualTo(1);
        parameters.put("sign", DocumentSigner.sign(parameters, sandbox.secretKey()));
        assertThat(cpay.getRaw("getExchangeRate", parameters).code()).isZero();
    }

    @Test
    void requests_that_c_pay_would_refuse_get_code_1_and_a_message_naming_the_problem() {
        CpayHttp stranger = new CpayHttp(sandbox.url(), "99999999", sandbox.secretKey());
        assertThat(stranger.get("getMerchantBalance", Map.of()).msg()).isEqualTo("merchantId 99999999 is not a known merchant");

        Map<String, String> unsigned = new LinkedHashMap<>(Map.of("merchantId", sandbox.merchantId()));
        assertThat(cpay.getRaw("getMerchantBalance", unsigned).msg()).isEqualTo("sign is required");

        Map<String, String> missing = new LinkedHashMap<>(createOrder(tradeNo()));
        missing.remove("userId");
        assertThat(cpay.post("createOrder", missing).msg()).isEqualTo("userId is required");

        Map<String, String> tooPrecise = new LinkedHashMap<>(createOrder(tradeNo()));
        tooPrecise.put("amount", "1.123456789");
        assertThat(cpay.post("createOrder", tooPrecise).msg()).isEqualTo("amount 1.123456789 has more than 8 decimals");

        Map<String, String> notANumber = new LinkedHashMap<>(createOrder(tradeNo()));
        notANumber.put("amount", "1e3");
        assertThat(cpay.post("createOrder", notANumber).msg()).isEqualTo("amount 1e3 is not a plain decimal amount");

        Map<String, String> badEnum = new LinkedHashMap<>(createOrder(tradeNo()));
        badEnum.put("cryptoCurrency", "DOGE");
        assertThat(cpay.post("createOrder", badEnum).msg()).isEqualTo("cryptoCurrency has a value that is not allowed");

        Map<String, String> badPattern = new LinkedHashMap<>(withdraw(tradeNo()));
        badPattern.put("totalAmount", "10.123456789");
        assertThat(cpay.post("withdraw", badPattern).msg()).startsWith("totalAmount: must match");

        assertThat(cpay.post("createOrder", createOrder(existingTradeNo)).msg())
                .isEqualTo("merchantTradeNo " + existingTradeNo + " already exists");

        Answer json = cpay.postBody("createOrder", "application/json", "{\"merchantId\":\"x\"}");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.msg()).contains("application/x-www-form-urlencoded");

        Answer garbage = cpay.postBody("createOrder", "application/x-www-form-urlencoded", "%%%&&==");
        assertThat(garbage.status()).isEqualTo(200);
        assertThat(garbage.code()).isEqualTo(1);

        assertThat(cpay.get("noSuchOperation", Map.of()).msg()).isEqualTo("unknown operation /openapi/v1/noSuchOperation");
    }

    @Test
    void responses_carry_the_documented_fields() {
        List<Map<String, Object>> wallet = cpay.get("getWalletAddress", Map.of("userId", "user-7")).dataList();
        assertThat(wallet).extracting(w -> w.get("network") + "/" + w.get("currency")).containsExactly(
                "TRON(TRC-20)/USDT", "TRON(TRC-20)/TRX", "BSC(BEP-20)/USDT", "BSC(BEP-20)/BNB",
                "Ethereum(ERC-20)/USDT", "Ethereum(ERC-20)/ETH", "Bitcoin/BTC");
        assertThat(cpay.get("getWalletAddress", Map.of("userId", "user-7")).dataList()).isEqualTo(wallet);

        Map<String, Object> order = cpay.post("createOrder", createOrder(tradeNo())).data();
        assertThat(order).containsKeys("orderId", "merchantId", "cryptoCurrency", "orderAmount", "receivedAmount",
                "pledgeAmount", "merchantTradeNo", "cashierURL", "status", "merchantUserId", "fee", "createTime");
        assertThat((String) order.get("orderId")).matches("[0-9]{21}");
        assertThat(order.get("status")).isEqualTo("0");
        assertThat(order.get("pledgeAmount")).as("CryptoOrder.pledgeAmount of a new order").isEqualTo("0");

        Map<String, Object> detail = cpay.get("getOrderDetail", Map.of("cpayOrderId", (String) order.get("orderId"))).data();
        assertThat(detail.get("merchantId")).as("a number, as in the document's s.9 example").isInstanceOf(Number.class);
        assertThat(detail.get("createTime")).isInstanceOf(Number.class);
        assertThat(detail.get("status")).isEqualTo("0");
        assertThat(detail.get("pledgeAmount")).isEqualTo("0");

        Map<String, Object> card = cpay.post("createOrderByCreditCard", cardOrder(tradeNo())).data();
        Map<String, String> signedFields = new LinkedHashMap<>();
        card.forEach((name, value) -> signedFields.put(name, String.valueOf(value)));
        assertThat(card.get("sign")).as("response sign (docs/decisions.md, decision 12)")
                .isEqualTo(DocumentSigner.sign(signedFields, sandbox.secretKey()));
        assertThat(card.get("fee")).isEqualTo("0.50");
        assertThat(card.get("receivedAmount")).isEqualTo("19.50");

        Map<String, Object> pix = cpay.post("createFiatPayoutOrder", pix(tradeNo(), "2", "payee@example.com")).data();
        assertThat(pix).containsEntry("orderAmount", "5.5").containsEntry("receivedAmount", "5")
                .containsEntry("fee", "0.5").containsEntry("status", "11");

        Map<String, Object> exchange = cpay.post("exchange", exchange(tradeNo(), "USDT", "400", "BTC")).data();
        assertThat(exchange).containsEntry("exchangeRate", "40000").containsEntry("targetAmount", "0.00997")
                .containsEntry("fee", "0.00003").containsEntry("targetCurrency", "BTC");

        Map<String, Object> cardQuote = cpay.get("getExchangeRateForCreditCard", quote("USDT", "ETH", "0", "2999.342")).data();
        assertThat(cardQuote).containsEntry("exchangeRate", "2000").containsEntry("amountExchanged", "1.499671");

        String users = "[{\"userId\":\"a\",\"firstName\":\"A\",\"lastName\":\"B\",\"brithday\":\"1987-05-01\"},"
                + "{\"userId\":\"b\",\"firstName\":\"A\",\"lastName\":\"B\",\"brithday\":\"1 May\"}]";
        assertThat(cpay.post("submitKYC", Map.of("data", users)).data()).containsEntry("count", 1);
    }

    @Test
    void a_payout_freezes_its_amount_and_fee_and_a_card_can_be_declined() {
        Map<String, Object> payout = cpay.post("withdraw", withdraw(tradeNo())).data();
        assertThat(payout).containsEntry("orderAmount", "10").containsEntry("receivedAmount", "9").containsEntry("fee", "1");
        assertThat(sandbox.control().order((String) payout.get("orderId")).status()).isEqualTo("PENDING");
        assertThat(sandbox.control().balances()).anySatisfy(b -> {
            assertThat(b.asset()).isEqualTo("USDT");
            assertThat(b.freeze()).isNotEqualTo("0");
        });

        Answer declined = cpay.post("pwpp", pwpp(tradeNo(), "4000000000000002"));
        assertThat(declined.code()).isEqualTo(90751015L);
        assertThat(declined.msg()).isEqualTo("pay fail");
        assertThat(declined.data()).containsEntry("orderId", "").containsEntry("pageData", "");

        Map<String, String> broke = new LinkedHashMap<>(withdraw(tradeNo()));
        broke.put("totalAmount", "99999999");
        assertThat(cpay.post("withdraw", broke).msg()).startsWith("insufficient USDT balance");
    }

    @Test
    void the_request_log_never_shows_card_data() {
        cpay.post("pwpp", pwpp(tradeNo(), "4111111111111111"));

        var logged = sandbox.control().requests().stream().filter(r -> r.operation().equals("pwpp")).toList();
        assertThat(logged).isNotEmpty().allSatisfy(r -> {
            assertThat(r.parameters()).doesNotContainKey("sign").containsEntry("cvv", "***").containsEntry("expDate", "***");
            assertThat(r.parameters().get("cardNumber")).isEqualTo("411111******1111");
            assertThat(r.response()).doesNotContain("4111111111111111");
        });
        assertThat(sandbox.control().orders()).noneSatisfy(o -> assertThat(o.toString()).contains("4111111111111111"));
    }

    // ------------------------------------------------------------------ request samples (document tables)

    static String tradeNo() {
        return "t-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
    }

    static Map<String, String> createOrder(String tradeNo) {
        return Map.of("merchantTradeNo", tradeNo, "createTime", "1668569197000", "userId", "user-1", "amount", "3",
                "cryptoCurrency", "USDT", "successURL", "https://merchant.example.com/ok");
    }

    static Map<String, String> withdraw(String tradeNo) {
        return Map.of("userId", "user-1", "merchantTradeNo", tradeNo, "createTime", "1653669353000", "cryptoCurrency", "USDT",
                "network", "TRON(TRC-20)", "totalAmount", "10", "receivedAmount", "9", "toAddress", TRON_ADDRESS);
    }

    static Map<String, String> pix(String tradeNo, String accountType, String toAccount) {
        return Map.of("userId", "1001", "merchantTradeNo", tradeNo, "payoutChannel", "1", "amount", "5", "currency", "BRL",
                "accountType", accountType, "toAccount", toAccount, "country", "BRA", "createTime", "1663674686509",
                "remark", "remark");
    }

    static Map<String, String> quote(String source, String target, String purchaseType, String amount) {
        return Map.of("sourceCurrency", source, "targetCurrency", target, "purchaseType", purchaseType, "amount", amount);
    }

    static Map<String, String> exchange(String tradeNo, String source, String amount, String target) {
        return Map.of("userId", "xxx-1001", "merchantTradeNo", tradeNo, "createTime", "1655899200000",
                "sourceCurrency", source, "sourceAmount", amount, "targetCurrency", target);
    }

    static Map<String, String> pwpp(String tradeNo, String cardNumber) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("merchantTradeNo", tradeNo);
        p.put("userId", "test002");
        p.put("firstName", "hart");
        p.put("lastName", "lee");
        p.put("email", "asdf@gmail.com");
        p.put("iddCode", "35");
        p.put("mobile", "712345678");
        p.put("addressLine", "Grafton-Street.1");
        p.put("country", "IE");
        p.put("city", "Dublin");
        p.put("zip", "D02X285");
        p.put("cardNumber", cardNumber);
        p.put("cvv", "123");
        p.put("expDate", "12/39");
        p.put("ip", "203.0.113.10");
        p.put("currency", "USD");
        p.put("amount", "19.019");
        p.put("products", "[{\"name\":\"macBook\",\"price\":\"1234.00\",\"num\":\"1\",\"currency\":\"USD\"}]");
        p.put("clientHTTPAccept", "text/html");
        p.put("clientHTTPUserAgent", "Mozilla/5.0");
        p.put("createTime", "1677809213000");
        p.put("storeCc", "0");
        p.put("successURL", "https://merchant.example.com/ok");
        return p;
    }

    static Map<String, String> cardOrder(String tradeNo) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("merchantTradeNo", tradeNo);
        p.put("userId", "test002");
        p.put("currency", "USD");
        p.put("amount", "20");
        p.put("products", "[{\"name\":\"macBook\",\"price\":\"20.00\",\"num\":\"1\",\"currency\":\"USD\"}]");
        p.put("country", "US");
        p.put("email", "asdf@gmail.com");
        p.put("ip", "2001:db8::1");
        p.put("lanuage", "en-US");
        p.put("createTime", "1667873532000");
        p.put("extInfo", "{\"sceneTag\":\"test\"}");
        return p;
    }
}
