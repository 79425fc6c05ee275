package com.cpay.platform.adapter.http.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.card.DirectCardPaymentResult;
import com.cpay.platform.domain.card.HostedCardOrder;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.cpay.platform.adapter.http.pact.PactContract.MERCHANT_ID;
import static com.cpay.platform.adapter.http.pact.PactFixtures.CALLBACK;
import static com.cpay.platform.adapter.http.pact.PactFixtures.CREATE_TIME;
import static com.cpay.platform.adapter.http.pact.PactFixtures.EMAIL;
import static com.cpay.platform.adapter.http.pact.PactFixtures.FAIL;
import static com.cpay.platform.adapter.http.pact.PactFixtures.IP;
import static com.cpay.platform.adapter.http.pact.PactFixtures.PRODUCTS;
import static com.cpay.platform.adapter.http.pact.PactFixtures.SUCCESS;
import static com.cpay.platform.adapter.http.pact.PactFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** pwpp (s.12) and createOrderByCreditCard (s.14), through {@code CpayCardGateway}. */
class CardContractTest extends CpayContractTestBase {

    private static final String PAYMENT = "pact-card-1";
    private static final String DECLINED = "pact-card-declined";
    private static final String HOSTED = "pact-hosted-1";
    private static final String HOSTED_DUPLICATE = "pact-hosted-dup";
    /** Merchant extension data, JSON text (docs/decisions.md, decision 23). */
    private static final String EXT_INFO = "{\"cartId\":\"pact-78\"}";
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\">...</html>";
    private static final String HOSTED_ORDER_ID = "221108101212238310014";
    private static final String CASHIER = "https://gw2.mcpayment.net/api/v6/paymentPage/B462EEE0EBF6BAEB7D1138877435F8ACDFDB6333";

    // ------------------------------------------------------------------ pwpp

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact pwpp(PactDslWithProvider builder) {
        PactDslJsonBody answer = Wire.traceId(Wire.success("success"));
        answer.object("data")
                .stringMatcher("orderId", Wire.ORDER_ID, "230303100653358209014")
                .stringType("pageData", PAGE)
                .stringType("ccStorageID", "")
                .closeObject();
        return Wire.answer(Wire.post(merchantExists(builder).uponReceiving("pwpp: 19.01 USD charged to a valid card"),
                "pwpp", pwppForm(PAYMENT, PactFixtures.PAN)), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "pwpp")
    void pwpp_returns_the_page_to_show(MockServer mock) {
        DirectCardPaymentResult result = call(mock,
                p -> PactFixtures.directCard(PAYMENT, PactFixtures.PAN).sendTo(p.cards()));

        assertThat(result.cpayOrderId()).contains(new CpayOrderId("230303100653358209014"));
        assertThat(result.redirect()).hasValueSatisfying(r -> assertThat(r.pageData()).contains(PAGE));
        assertThat(result.ccStorageId()).isEmpty();
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact pwppDeclined(PactDslWithProvider builder) {
        // s.12: code 90751015 "pay fail" with empty data
        PactDslJsonBody answer = Wire.traceId(new PactDslJsonBody().numberValue("code", 90751015L)
                .stringValue("msg", "pay fail"));
        answer.object("data")
                .stringValue("orderId", "")
                .stringValue("pageData", "")
                .stringValue("ccStorageID", "")
                .closeObject();
        return Wire.answer(Wire.post(merchantExists(builder).uponReceiving("pwpp: a card the issuer declines"),
                "pwpp", pwppForm(DECLINED, PactFixtures.DECLINED_PAN)), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "pwppDeclined")
    void pwpp_declined_is_pay_fail(MockServer mock) {
        assertThatThrownBy(() -> call(mock,
                p -> PactFixtures.directCard(DECLINED, PactFixtures.DECLINED_PAN).sendTo(p.cards())))
                .isInstanceOfSatisfying(GatewayRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(90751015L);
                    assertThat(e.gatewayMessage()).contains("pay fail");
                });
    }

    // ------------------------------------------------------------------ createOrderByCreditCard

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact createOrderByCreditCard(PactDslWithProvider builder) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("merchantId", MERCHANT_ID);
        data.put("merchantTradeNo", HOSTED);
        data.put("orderId", HOSTED_ORDER_ID);
        data.put("orderStatus", "0");
        data.put("orderCurrency", "USD");
        data.put("orderAmount", "2");
        data.put("receivedAmount", "1.95");
        data.put("pledgeAmount", "");
        data.put("fee", "0.05");
        data.put("cashierURL", CASHIER);
        data.put("successURL", SUCCESS);
        data.put("failURL", FAIL);
        // the answer's sign (docs/decisions.md, decision 12): the adapter verifies it, so the example is a real one
        String sign = new CpaySigner(SecretKey.of(PactContract.SECRET_KEY)).sign(data);
        PactDslJsonBody answer = Wire.traceId(Wire.success("success"));
        answer.object("data")
                // a JSON number in s.14 (docs/decisions.md, decision 8)
                .integerType("merchantId", Long.parseLong(MERCHANT_ID))
                .stringValue("merchantTradeNo", HOSTED)
                .stringMatcher("orderId", Wire.ORDER_ID, HOSTED_ORDER_ID)
                .stringMatcher("orderStatus", Wire.STATUS, "0")
                .stringValue("orderCurrency", "USD")
                .stringMatcher("orderAmount", Wire.DECIMAL, "2")
                .stringMatcher("receivedAmount", Wire.DECIMAL, "1.95")
                .stringType("pledgeAmount", "")
                .stringMatcher("fee", Wire.DECIMAL, "0.05")
                .stringMatcher("cashierURL", Wire.URL, CASHIER)
                .stringValue("successURL", SUCCESS)
                .stringValue("failURL", FAIL)
                .stringMatcher("sign", Wire.SIGN, sign)
                .closeObject();
        return Wire.answer(Wire.post(merchantExists(builder)
                        .uponReceiving("createOrderByCreditCard: a 2 USD card order on the hosted page"),
                "createOrderByCreditCard", hostedForm(HOSTED, "extInfo", EXT_INFO)), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createOrderByCreditCard")
    void createOrderByCreditCard_returns_the_signed_order(MockServer mock) {
        var withExtInfo = PactFixtures.hostedCard(HOSTED, Optional.of(EXT_INFO));

        HostedCardOrder order = call(mock, p -> withExtInfo.sendTo(p.cards()));

        assertThat(order.cpayOrderId()).isEqualTo(new CpayOrderId(HOSTED_ORDER_ID));
        assertThat(order.cashierUrl()).contains(CASHIER);
        assertThat(order.status()).contains(StatusCode.of("0"));
        assertThat(order.amounts().get(AmountKind.RECEIVED_AMOUNT)).contains(Money.parse("x", "1.95", Asset.USD));
        assertThat(order.responseSignature()).isPresent();
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact createOrderByCreditCardDuplicate(PactDslWithProvider builder) {
        return Wire.answer(Wire.post(orderExists(builder, HOSTED_DUPLICATE, "createOrderByCreditCard", "0", "USD", "2")
                                .uponReceiving("createOrderByCreditCard: a merchantTradeNo that is already taken"),
                        "createOrderByCreditCard", hostedForm(HOSTED_DUPLICATE)),
                Wire.refusal(1, Wire.DUPLICATE, "merchantTradeNo " + HOSTED_DUPLICATE + " already exists")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createOrderByCreditCardDuplicate")
    void createOrderByCreditCard_refused_for_a_taken_merchantTradeNo(MockServer mock) {
        assertThatThrownBy(() -> call(mock,
                p -> PactFixtures.hostedCard(HOSTED_DUPLICATE).sendTo(p.cards())))
                .isInstanceOfSatisfying(GatewayRejectedException.class, e -> assertThat(e.code()).isEqualTo(1L));
    }

    private static Map<String, String> pwppForm(String tradeNo, String pan) {
        return Wire.signed("merchantId", MERCHANT_ID, "merchantTradeNo", tradeNo, "lang", "en", "userId", USER,
                "firstName", "hart", "lastName", "lee", "email", EMAIL, "iddCode", "35", "mobile", "712345678",
                "addressLine", "Grafton-Street.1", "country", "IE", "city", "Dublin", "zip", "D02X285",
                "cardNumber", pan, "cvv", PactFixtures.CVV, "expDate", PactFixtures.EXP_DATE, "ip", IP,
                "currency", "USD", "amount", "19.01", "products", PRODUCTS,
                "clientHTTPAccept", PactFixtures.HTTP_ACCEPT, "clientHTTPUserAgent", PactFixtures.USER_AGENT,
                "callbackURL", CALLBACK, "successURL", SUCCESS, "failURL", FAIL, "createTime", CREATE_TIME);
    }

    /** The form createOrderByCreditCard sends, with the extra parameters given (name, value...), signed over all. */
    private static Map<String, String> hostedForm(String tradeNo, String... extra) {
        List<String> params = new ArrayList<>(List.of("merchantId", MERCHANT_ID, "merchantTradeNo", tradeNo,
                "userId", USER, "currency", "USD", "amount", "2", "products", PRODUCTS, "country", "US",
                "email", EMAIL, "ip", IP, "lanuage", "en-US", "callBackURL", CALLBACK, "successURL", SUCCESS,
                "failURL", FAIL, "createTime", CREATE_TIME));
        params.addAll(List.of(extra));
        return Wire.signed(params.toArray(String[]::new));
    }
}
