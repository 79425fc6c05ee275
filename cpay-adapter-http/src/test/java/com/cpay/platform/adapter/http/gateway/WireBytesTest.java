package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.support.CpayTestContext;
import com.cpay.platform.adapter.http.support.RecordingServer.Received;
import com.cpay.platform.adapter.http.support.RecordingServer.Reply;
import com.cpay.platform.adapter.http.support.Sends;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.kyc.KycBatch;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.card.ProductLine;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact bytes on the wire for values holding space, +, &amp;, =, %, / and non-ASCII letters, and the
 * signature over the raw (decoded) values, never over their encoded form (docs/decisions.md, decision 16).
 */
class WireBytesTest extends GatewayTestBase {

    private static final String AWKWARD = "user 1&2=3+4%ação/ß";
    private static final String AWKWARD_ENCODED = "user+1%262%3D3%2B4%25a%C3%A7%C3%A3o%2F%C3%9F";

    @Test
    void a_form_body_encodes_each_value_once_and_the_signature_covers_the_raw_values() {
        server.answerWith(r -> Reply.json("{\"code\":0,\"data\":{\"orderId\":\"1\"}}"));
        Sends.Deposit request = new Sends.Deposit(Order.open(new MerchantTradeNo("T-100+ä"),
                NewOrder.cryptoDeposit(Optional.empty(), new UserId(AWKWARD), Money.parse("amount", "0.00000001",
                Asset.BTC)), Fixtures.CREATE_TIME),
                OrderUrls.callback(URI.create("https://m.example.com/hook?a=1&b=x%20y")), Optional.empty());

        request.sendTo(ports.deposits());

        Received received = onlyRequest();
        List<String> pairs = Arrays.asList(received.bodyText().split("&"));
        assertThat(pairs).contains("userId=" + AWKWARD_ENCODED, "merchantTradeNo=T-100%2B%C3%A4",
                "amount=0.00000001", "callBackURL=https%3A%2F%2Fm.example.com%2Fhook%3Fa%3D1%26b%3Dx%2520y",
                "createTime=" + Fixtures.CREATE_TIME_TEXT);
        Map<String, String> raw = new HashMap<>(received.decodedParameters());
        String sign = raw.remove("sign");
        assertThat(raw).containsEntry("userId", AWKWARD).containsEntry("callBackURL", "https://m.example.com/hook?a=1&b=x%20y");
        assertThat(sign).isEqualTo(CpayTestContext.SIGNER.sign(raw));
        Map<String, String> encoded = new HashMap<>(raw);
        encoded.replaceAll((k, v) -> URLEncoder.encode(v, StandardCharsets.UTF_8));
        assertThat(sign).isNotEqualTo(CpayTestContext.SIGNER.sign(encoded));
    }

    @Test
    void a_query_string_encodes_each_value_once_and_the_signature_covers_the_raw_values() {
        server.answerWith(r -> Reply.json("{\"code\":0,\"data\":[]}"));

        ports.deposits().depositAddresses(new UserId(AWKWARD));

        Received received = onlyRequest();
        assertThat(received.rawQuery()).contains("userId=" + AWKWARD_ENCODED);
        Map<String, String> raw = new HashMap<>(received.decodedParameters());
        assertThat(raw.remove("sign")).isEqualTo(CpayTestContext.SIGNER.sign(raw));
    }

    @Test
    void the_kyc_data_field_is_the_json_text_of_the_users_with_wire_names_and_iso_dates() {
        server.answerWith(r -> Reply.json("{\"code\":0,\"data\":{\"count\":1}}"));
        KycBatch batch = KycBatch.of(List.of(Fixtures.kycUser("ação 1")), LocalDate.of(2026, 11, 25));

        ports.kyc().submit(batch);

        assertThat(onlyRequest().decodedParameters().get("data")).isEqualTo("[{\"userId\":\"ação 1\","
                + "\"firstName\":\"hart\",\"lastName\":\"lee\",\"brithday\":\"1987-05-01\",\"gender\":\"male\","
                + "\"country\":\"RU\",\"iddCode\":\"7\",\"personalCode\":\"12341234123\","
                + "\"certificateDateStart\":\"2008-01-01\",\"certificateDateEnd\":\"2038-01-01\","
                + "\"IdCardUrls\":[\"https://files.example.com/pi.jpg\"],"
                + "\"documentUrls\":[\"https://files.example.com/pi.pdf\"],\"email\":\"asdf@gmail.com\","
                + "\"mobile\":\"23452345\"}]");
    }

    @Test
    void products_are_json_text_with_every_value_a_string_and_no_language_when_none_is_asked() {
        server.answerWith(r -> Reply.json("{\"code\":0,\"data\":{\"orderId\":\"1\"}}"));
        Sends.HostedCard request = Fixtures.hostedCard("b-1");
        CpayCardGateway.HostedCheckout checkout = request.checkout();
        Sends.HostedCard noLanguage = new Sends.HostedCard(request.order(), new CpayCardGateway.HostedCheckout(
                List.of(new ProductLine("Café \"bleu\" & co", new BigDecimal("0.50"), 3, "EUR")),
                checkout.country(), checkout.email(), checkout.ip(), Optional.empty(), OrderUrls.none(),
                Optional.empty()));

        try {
            noLanguage.sendTo(ports.cards());
        } catch (RuntimeException ignored) {
            // the answer is unsigned; only the request matters here
        }

        Map<String, String> params = server.received().get(0).decodedParameters();
        assertThat(params.get("products"))
                .isEqualTo("[{\"name\":\"Café \\\"bleu\\\" & co\",\"price\":\"0.50\",\"num\":\"3\",\"currency\":\"EUR\"}]");
        assertThat(params).doesNotContainKeys("lanuage", "language", "callBackURL", "callbackURL", "extInfo");
    }
}
