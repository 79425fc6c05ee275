package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.support.CpayTestContext;
import com.cpay.platform.adapter.http.support.RecordingServer.Received;
import com.cpay.platform.adapter.http.support.RecordingServer.Reply;
import com.cpay.platform.adapter.http.support.Sends;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.deposit.CreatedDeposit;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static com.cpay.platform.adapter.http.gateway.EveryOperationWireTest.assertPost;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code extInfo} (docs/decisions.md, decision 23) through real HTTP on loopback: createOrder and createOrderByCreditCard
 * send it as a form parameter, exactly as given (characters that mean something in a form or in the signed text
 * included), and it is part of the signed text like every parameter; no extInfo, no parameter.
 */
class ExtInfoWireTest extends GatewayTestBase {

    /** JSON text with the characters a form body and the signed text treat specially. */
    private static final String EXT_INFO = "{\"cartId\":\"c-77\",\"q\":\"a&b=c+d %20 é中\",\"n\":[1,{\"k\":null}]}";

    private static Sends.Deposit deposit(String tradeNo, Optional<String> extInfo) {
        Sends.Deposit d = Fixtures.deposit(tradeNo);
        return new Sends.Deposit(d.order(), d.urls(), extInfo);
    }

    private static Sends.HostedCard hostedCard(String tradeNo, Optional<String> extInfo) {
        Sends.HostedCard c = Fixtures.hostedCard(tradeNo);
        CpayCardGateway.HostedCheckout k = c.checkout();
        return new Sends.HostedCard(c.order(), new CpayCardGateway.HostedCheckout(k.products(), k.country(),
                k.email(), k.ip(), k.language(), k.urls(), extInfo));
    }

    private static String depositAnswer(String extInfoJson) {
        return """
                {"code":0,"msg":"success","data":{"orderId":"221116112637772768014","merchantId":"20003092",
                 "cryptoCurrency":"USDT","orderAmount":"3","receivedAmount":"3","merchantTradeNo":"test114",
                 "cashierURL":"https://cashier.cpay.ltd/payment?orderId=221116112637772768014",
                 "remark":"","extInfo":%s},"traceid":"221117083310X220052"}""".formatted(extInfoJson);
    }

    private static String hostedAnswer() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("merchantId", "20003092");
        data.put("merchantTradeNo", "test901");
        data.put("orderId", "221108101212238310014");
        data.put("orderStatus", "0");
        data.put("orderCurrency", "USD");
        data.put("orderAmount", "2");
        data.put("cashierURL", "https://gw2.mcpayment.net/api/v6/paymentPage/B462EEE0EBF6BAEB7D11");
        String sign = CpayTestContext.SIGNER.sign(data);
        return """
                {"code":0,"msg":"success","data":{"merchantId":20003092,"merchantTradeNo":"test901",
                 "orderId":"221108101212238310014","orderStatus":"0","orderCurrency":"USD","orderAmount":"2",
                 "cashierURL":"https://gw2.mcpayment.net/api/v6/paymentPage/B462EEE0EBF6BAEB7D11","sign":"%s"},
                 "traceid":"221117083632X2666756"}""".formatted(sign);
    }

    /** The request's {@code sign} is the HMAC over every other parameter received, extInfo included. */
    private static void assertSignedWithExtInfo(Received request) {
        Map<String, String> params = paramsWithoutSign(request);
        String sign = request.decodedParameters().get("sign");
        assertThat(sign).isEqualTo(CpayTestContext.SIGNER.sign(params));
        Map<String, String> withoutExtInfo = new LinkedHashMap<>(params);
        withoutExtInfo.remove("extInfo");
        assertThat(sign).as("extInfo is part of the signed text").isNotEqualTo(CpayTestContext.SIGNER.sign(withoutExtInfo));
    }

    @Test
    void createOrder_sends_ext_info_as_given_and_signs_it() {
        server.answerWith(r -> Reply.json(depositAnswer("\"{\\\"cartId\\\":\\\"c-77\\\"}\"")));

        CreatedDeposit created = deposit("test114", Optional.of(EXT_INFO)).sendTo(ports.deposits());

        Received request = onlyRequest();
        assertPost(request, "createOrder");
        assertThat(paramsWithoutSign(request)).containsEntry("extInfo", EXT_INFO).hasSize(10);
        assertSignedWithExtInfo(request);
        assertThat(created.extInfo()).contains("{\"cartId\":\"c-77\"}");
    }

    @Test
    void createOrderByCreditCard_sends_ext_info_as_given_and_signs_it() {
        server.answerWith(r -> Reply.json(hostedAnswer()));

        hostedCard("test901", Optional.of(EXT_INFO)).sendTo(ports.cards());

        Received request = onlyRequest();
        assertPost(request, "createOrderByCreditCard");
        assertThat(paramsWithoutSign(request)).containsEntry("extInfo", EXT_INFO).hasSize(15);
        assertSignedWithExtInfo(request);
    }

    @Test
    void without_ext_info_or_with_an_empty_one_no_parameter_is_sent() {
        server.answerWith(r -> Reply.json(depositAnswer("\"\"")));
        deposit("test114", Optional.of("")).sendTo(ports.deposits());
        assertThat(onlyRequest().decodedParameters()).doesNotContainKey("extInfo");

        server.reset();
        server.answerWith(r -> Reply.json(hostedAnswer()));
        hostedCard("test901", Optional.empty()).sendTo(ports.cards());
        assertThat(onlyRequest().decodedParameters()).doesNotContainKey("extInfo");
    }
}
