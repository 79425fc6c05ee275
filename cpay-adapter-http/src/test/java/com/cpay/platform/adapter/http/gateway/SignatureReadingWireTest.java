package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.gateway.CpayCallException.Kind;
import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.EmptyRule;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.adapter.http.signing.SignatureVerifier;
import com.cpay.platform.adapter.http.support.CpayTestContext;
import com.cpay.platform.adapter.http.support.RecordingServer;
import com.cpay.platform.adapter.http.support.RecordingServer.Received;
import com.cpay.platform.adapter.http.support.RecordingServer.Reply;
import com.cpay.platform.adapter.http.support.Sends;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.card.HostedCardOrder;
import com.cpay.platform.domain.quote.model.QuoteRequest;
import com.cpay.platform.domain.quote.model.PurchaseType;
import com.cpay.platform.domain.quote.model.Quote;
import com.cpay.platform.domain.quote.model.QuoteChannel;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import com.cpay.platform.domain.shared.UserId;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * docs/decisions.md, decision 21 on the wire, against a loopback server playing a C-Pay that signs as PHP's empty() reads
 * "empty": a signed GET refused for its signature is asked once more under the other reading, the reading C-Pay
 * accepted is kept for later calls, and a POST is never re-sent for it.
 */
class SignatureReadingWireTest {

    private static final String CARD_RATE = "getExchangeRateForCreditCard";
    private static final String RATE = "getExchangeRate";
    private static final String OK_CARD_QUOTE =
            "{\"code\":0,\"msg\":\"ok\",\"data\":{\"exchangeRate\":\"2999.342\",\"amountExchanged\":\"0.03334064604\"}}";
    private static final String OK_QUOTE = "{\"code\":0,\"msg\":\"success\",\"data\":{\"exchangeRate\":\"40000\"}}";
    private static final CpaySigner SIGNER = CpayTestContext.SIGNER;

    /** Verifies like a C-Pay that only knows the PHP reading; a bad sign is answered code 10001 "sign error". */
    private static RecordingServer phpOnlyServer() throws IOException {
        return new RecordingServer().verifyingWith(new SignatureVerifier(
                List.of(SecretKey.of(CpayTestContext.SECRET)), EnumSet.of(EmptyRule.PHP)));
    }

    @Test
    void a_quote_refused_for_its_signature_is_asked_once_more_under_php_and_php_is_kept() throws IOException {
        try (RecordingServer server = phpOnlyServer();
             ApplicationContext context = CpayTestContext.start(server)) {
            server.answerWith(r -> Reply.json(r.operation().equals(CARD_RATE) ? OK_CARD_QUOTE : OK_QUOTE));
            Ports ports = Ports.of(context);

            Quote quote = ports.exchanges().quote(Fixtures.quote(QuoteChannel.CARD)); // purchaseType 0

            assertThat(quote.rate().toWireString()).isEqualTo("2999.342");
            List<Received> gets = server.received();
            assertThat(gets).as("exactly two GETs").hasSize(2)
                    .allSatisfy(r -> assertThat(r.operation()).isEqualTo(CARD_RATE));
            Map<String, String> first = gets.get(0).decodedParameters();
            Map<String, String> second = gets.get(1).decodedParameters();
            assertThat(gets.get(0).signatureValid()).isFalse();
            assertThat(gets.get(1).signatureValid()).isTrue();
            Map<String, String> params = withoutSign(second);
            assertThat(params).as("purchaseType is required: sent both times, signed only the first time")
                    .containsEntry("purchaseType", "0").isEqualTo(withoutSign(first));
            assertThat(first.get("sign")).isEqualTo(SIGNER.sign(params, EmptyRule.DOCUMENT));
            assertThat(second.get("sign")).isEqualTo(SIGNER.sign(params, EmptyRule.PHP))
                    .isNotEqualTo(first.get("sign"));
            assertThat(context.getBean(CpayCalls.class).reading()).isEqualTo(EmptyRule.PHP);

            server.reset();
            server.answerWith(r -> Reply.json(OK_QUOTE));
            ports.exchanges().quote(new QuoteRequest(Asset.USDT, Asset.BTC, PurchaseType.BY_SOURCE_AMOUNT,
                    Money.parse("amount", "100", Asset.USDT), QuoteChannel.CRYPTO));

            assertThat(server.received()).as("the kept reading goes first: one GET").hasSize(1);
            Received third = server.received().get(0);
            assertThat(third.operation()).isEqualTo(RATE);
            assertThat(third.signatureValid()).isTrue();
            assertThat(third.decodedParameters()).containsEntry("purchaseType", "0")
                    .containsEntry("sign", SIGNER.sign(withoutSign(third.decodedParameters()), EmptyRule.PHP));

            server.reset();
            server.answerWith(r -> Reply.json("{\"code\":0,\"msg\":\"success\",\"data\":{\"orderId\":\"D-1\"}}"));
            depositOfUser0("kept-1").sendTo(ports.deposits());
            assertThat(server.received()).as("a POST is signed under the kept reading too").singleElement()
                    .satisfies(r -> assertThat(r.signatureValid()).isTrue());
        }
    }

    @Test
    void a_post_refused_for_its_signature_is_never_re_sent() throws IOException {
        try (RecordingServer server = phpOnlyServer();
             ApplicationContext context = CpayTestContext.start(server)) {

            GatewayRejectedException e = catchThrowableOfType(
                    () -> depositOfUser0("post-1").sendTo(Ports.of(context).deposits()),
                    GatewayRejectedException.class);

            assertThat(e.code()).isEqualTo(RecordingServer.SIGN_ERROR);
            assertThat(server.received()).as("one POST, no second reading, no lookup").singleElement()
                    .satisfies(r -> {
                        assertThat(r.method()).isEqualTo("POST");
                        assertThat(r.decodedParameters()).containsEntry("userId", "0");
                    });
            assertThat(context.getBean(CpayCalls.class).reading()).isEqualTo(EmptyRule.DOCUMENT);
        }
    }

    @Test
    void a_quote_refused_under_both_readings_is_asked_twice_only_and_the_reading_is_not_changed() throws IOException {
        try (RecordingServer server = new RecordingServer().verifyingWith(
                new SignatureVerifier(List.of(SecretKey.of("a-key-we-do-not-have"))));
             ApplicationContext context = CpayTestContext.start(server)) {
            Ports ports = Ports.of(context);

            GatewayRejectedException e = catchThrowableOfType(
                    () -> ports.exchanges().quote(Fixtures.quote(QuoteChannel.CARD)), GatewayRejectedException.class);

            assertThat(e.code()).isEqualTo(RecordingServer.SIGN_ERROR);
            assertThat(server.received()).hasSize(2);
            assertThat(context.getBean(CpayCalls.class).reading()).isEqualTo(EmptyRule.DOCUMENT);

            server.reset();
            catchThrowableOfType(() -> ports.exchanges().quote(Fixtures.quote(QuoteChannel.CRYPTO)),
                    GatewayRejectedException.class);
            assertThat(server.received()).as("no \"0\": both readings sign alike, nothing to ask again").hasSize(1);
        }
    }

    @Test
    void a_refusal_for_another_reason_is_not_asked_again() throws IOException {
        try (RecordingServer server = new RecordingServer();
             ApplicationContext context = CpayTestContext.start(server)) {
            server.answerWith(r -> Reply.json("{\"code\":1,\"msg\":\"no exchange rate for this pair\"}"));

            catchThrowableOfType(() -> Ports.of(context).exchanges().quote(Fixtures.quote(QuoteChannel.CARD)),
                    GatewayRejectedException.class);

            assertThat(server.received()).hasSize(1);
            assertThat(context.getBean(CpayCalls.class).reading()).isEqualTo(EmptyRule.DOCUMENT);
        }
    }

    @Test
    void a_card_order_answer_signed_php_style_verifies_and_a_forged_one_does_not() throws IOException {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("merchantId", "20003092");
        data.put("merchantTradeNo", "test901");
        data.put("orderId", "221108101212238310014");
        data.put("orderStatus", "0");
        data.put("orderCurrency", "USD");
        data.put("orderAmount", "2");
        data.put("receivedAmount", "0");
        data.put("fee", "0");
        data.put("cashierURL", "https://gw2.mcpayment.net/api/v6/paymentPage/B462EEE0EBF6BAEB7D11");
        String php = SIGNER.sign(data, EmptyRule.PHP);
        assertThat(php).isNotEqualTo(SIGNER.sign(data, EmptyRule.DOCUMENT));
        String forged = new CpaySigner(SecretKey.of("forger")).sign(data, EmptyRule.PHP);
        try (RecordingServer server = new RecordingServer();
             ApplicationContext context = CpayTestContext.start(server)) {
            Ports ports = Ports.of(context);
            server.answerWith(r -> Reply.json(cardOrderAnswer(php)));
            HostedCardOrder order = Fixtures.hostedCard("test901").sendTo(ports.cards());
            assertThat(order.responseSignature()).contains(php);

            server.answerWith(r -> Reply.json(cardOrderAnswer(forged)));
            GatewayUnavailableException e = catchThrowableOfType(
                    () -> Fixtures.hostedCard("test901").sendTo(ports.cards()),
                    GatewayUnavailableException.class);
            assertThat(((CpayCallException) e.getCause()).kind()).isEqualTo(Kind.INVALID_SIGNATURE);
        }
    }

    private static String cardOrderAnswer(String sign) {
        return ("{\"code\":0,\"msg\":\"success\",\"data\":{\"merchantId\":20003092,\"merchantTradeNo\":\"test901\","
                + "\"orderId\":\"221108101212238310014\",\"orderStatus\":\"0\",\"orderCurrency\":\"USD\","
                + "\"orderAmount\":\"2\",\"receivedAmount\":\"0\",\"pledgeAmount\":\"\",\"fee\":\"0\","
                + "\"cashierURL\":\"https://gw2.mcpayment.net/api/v6/paymentPage/B462EEE0EBF6BAEB7D11\","
                + "\"successURL\":\"\",\"failURL\":\"\",\"sign\":\"%s\"}}").formatted(sign);
    }

    private static Sends.Deposit depositOfUser0(String tradeNo) {
        return new Sends.Deposit(Order.open(Fixtures.tradeNo(tradeNo), NewOrder.cryptoDeposit(Optional.empty(),
                new UserId("0"), Money.parse("amount", "3", Asset.USDT)), Fixtures.CREATE_TIME), Fixtures.URLS,
                Optional.empty());
    }

    private static Map<String, String> withoutSign(Map<String, String> params) {
        Map<String, String> copy = new HashMap<>(params);
        copy.remove("sign");
        return copy;
    }
}
