package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.gateway.CpayCallException.Kind;
import com.cpay.platform.adapter.http.support.RecordingServer.Reply;
import com.cpay.platform.adapter.http.support.Sends;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.payout.PayoutAccepted;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The envelope rule (code 0 or a typed rejection, unknown codes kept), lenient reading, and every way an answer
 * can be unusable: always a {@link GatewayUnavailableException} with a {@link CpayCallException} cause, a clear
 * message that repeats nothing of the body, and no Micronaut or Netty exception anywhere in the chain.
 */
class AnswerHandlingTest extends GatewayTestBase {

    private static final String BODY_SECRET = "body-text-not-to-repeat";

    @Override
    protected Map<String, Object> properties() {
        return Map.of("cpay.http.get-retries", "1");
    }

    @TestFactory
    Stream<DynamicTest> every_operation_turns_a_failure_envelope_into_a_rejection_keeping_code_msg_and_traceid() {
        return Ports.everyOperation().entrySet().stream().map(op -> DynamicTest.dynamicTest(op.getKey(), () -> {
            server.reset();
            server.answerWith(r -> Reply.json("{\"code\":90751015,\"msg\":\"pay fail\",\"traceid\":\"221117082830X664937\"}"));

            GatewayRejectedException refused = catchThrowableOfType(() -> op.getValue().apply(ports),
                    GatewayRejectedException.class);

            assertThat(refused).as(op.getKey()).isNotNull();
            assertThat(refused.code()).isEqualTo(90751015L);
            assertThat(refused.gatewayMessage()).contains("pay fail");
            assertThat(refused.traceId()).contains("221117082830X664937");
            assertThat(server.received()).as("neither retried nor looked up").hasSize(1);
            assertThat(server.received().get(0).operation()).isEqualTo(op.getKey());
            assertThat(server.received().get(0).signatureValid()).isTrue();
        }));
    }

    @Test
    void a_rejection_without_traceid_and_with_data_keeps_what_there_is() {
        server.answerWith(r -> Reply.json("""
                {"code":90751015,"msg":"pay fail","data":{"orderId":"","pageData":"","ccStorageID":""}}"""));

        GatewayRejectedException refused = catchThrowableOfType(
                () -> Fixtures.directCard("p-2").sendTo(ports.cards()), GatewayRejectedException.class);

        assertThat(refused.code()).isEqualTo(90751015L);
        assertThat(refused.traceId()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON     | 200 | application/json | {\"code\":0,\"msg\":          | UNREADABLE_BODY",
            "HTML page          | 200 | text/html        | <html>body-text-not-to-repeat</html> | UNREADABLE_BODY",
            "JSON array         | 200 | application/json | [1,2]                         | UNREADABLE_BODY",
            "empty body         | 200 | application/json | ''                            | UNREADABLE_BODY",
            "no code            | 200 | application/json | {\"msg\":\"body-text-not-to-repeat\"} | INVALID_ENVELOPE",
            "HTML error page    | 500 | text/html        | <html>body-text-not-to-repeat</html> | SERVER_ERROR",
            "bad gateway JSON   | 502 | application/json | {\"code\":0}                  | SERVER_ERROR",
            "not found          | 404 | text/plain       | body-text-not-to-repeat       | CLIENT_ERROR",
            "bad request        | 400 | text/plain       | body-text-not-to-repeat       | CLIENT_ERROR"})
    void an_unusable_answer_is_unavailable_with_a_typed_cause(String name, int status, String type, String body,
                                                             Kind kind) {
        server.answerWith(r -> new Reply(status, type, body));
        assertUnavailable("getMerchantBalance", p -> p.account().balances(), kind, false);

        server.reset();
        server.answerWith(r -> new Reply(status, type, body));
        assertUnavailable("createOrder", p -> Fixtures.deposit("u-" + status).sendTo(p.deposits()), kind,
                kind.mayHaveReachedCpay());
        assertThat(server.received()).as("a POST is never re-sent and no lookup follows").hasSize(1);
    }

    @Test
    void a_success_without_the_order_id_or_with_an_impossible_amount_cannot_be_read() {
        server.answerWith(r -> Reply.json("{\"code\":0,\"msg\":\"success\",\"data\":{\"cashierURL\":\"https://c\"}}"));
        assertUnavailable("createOrder", p -> Fixtures.deposit("n-1").sendTo(p.deposits()), Kind.INVALID_DATA,
                true);

        server.answerWith(r -> Reply.json("{\"code\":0,\"data\":{\"orderId\":\"1\",\"fee\":\"0.123456789\"}}"));
        GatewayUnavailableException e = assertUnavailable("withdraw",
                p -> Fixtures.cryptoPayout("n-2").sendTo(p.payouts()), Kind.INVALID_DATA, true);
        assertThat(e.getMessage()).contains("fee").doesNotContain("0.123456789");

        server.answerWith(r -> Reply.json("{\"code\":0,\"data\":{\"targetCurrency\":\"ETH\",\"targetAmount\":\"1\","
                + "\"exchangeRate\":\"1\",\"fee\":\"0\"}}"));
        assertUnavailable("exchange", p -> p.exchanges().exchange(Fixtures.exchange("n-3")), Kind.INVALID_DATA, true);
    }

    @Test
    void unknown_fields_unknown_statuses_and_numbers_for_text_are_read_leniently() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"ok","unknownTop":{"a":[1,2]},"data":{"orderId":2209141130105863014,"status":99,
                 "fee":0.5,"receivedAmount":"","merchantId":20000092,"somethingNew":"x","nested":{"k":true}}}"""));

        PayoutAccepted accepted = Fixtures.cryptoPayout("l-1").sendTo(ports.payouts());

        assertThat(accepted.cpayOrderId().map(Object::toString)).contains("2209141130105863014");
        assertThat(accepted.status().map(s -> s.raw())).contains("99");
        assertThat(accepted.status().map(s -> s.isKnown())).contains(false);
        assertThat(accepted.fee()).contains(Money.parse("fee", "0.5", Asset.USDT));
        assertThat(accepted.receivedAmount()).isEmpty();
    }

    @Test
    void answer_signature_of_a_card_order_must_verify_when_verification_is_on() {
        String unsigned = "{\"code\":0,\"data\":{\"orderId\":\"221108101212238310014\",\"orderStatus\":\"0\"}}";
        server.answerWith(r -> Reply.json(unsigned));
        assertUnavailable("createOrderByCreditCard", p -> Fixtures.hostedCard("s-1").sendTo(p.cards()),
                Kind.INVALID_SIGNATURE, true);

        String forged = "f".repeat(64);
        server.answerWith(r -> Reply.json("{\"code\":0,\"data\":{\"orderId\":\"221108101212238310014\","
                + "\"orderStatus\":\"0\",\"sign\":\"" + forged + "\"}}"));
        GatewayUnavailableException e = assertUnavailable("createOrderByCreditCard",
                p -> Fixtures.hostedCard("s-2").sendTo(p.cards()), Kind.INVALID_SIGNATURE, true);
        assertThat(e.getMessage()).contains("signature-mismatch").doesNotContain(forged);
    }

    @Test
    void a_value_outside_what_the_operation_accepts_is_refused_before_anything_is_sent() {
        Sends.Deposit trx = new Sends.Deposit(Order.open(Fixtures.tradeNo("v-1"),
                NewOrder.cryptoDeposit(Optional.empty(), new UserId("u"), Money.parse("amount", "1", Asset.TRX)),
                Fixtures.CREATE_TIME), OrderUrls.none(), Optional.empty());
        assertThatThrownBy(() -> trx.sendTo(ports.deposits())).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).has("cryptoCurrency", "unsupported-by-cpay")).isTrue());

        Sends.CryptoPayout longNetwork = new Sends.CryptoPayout(Order.open(Fixtures.tradeNo("v-2"),
                NewOrder.cryptoPayout(Optional.empty(), new UserId("u"),
                new CryptoAddress(Network.of("Some-Very-Long-Network-Name"), "addr-1"), CryptoPayoutAmounts.of("1",
                "1", Asset.USDT)), Fixtures.CREATE_TIME), OrderUrls.none());
        assertThatThrownBy(() -> longNetwork.sendTo(ports.payouts()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).has("network", "wire-format")).isTrue());
        assertThat(server.received()).isEmpty();
    }

    private GatewayUnavailableException assertUnavailable(String operation, Function<Ports, Object> call, Kind kind,
                                                          boolean outcomeUnknown) {
        GatewayUnavailableException e = catchThrowableOfType(() -> call.apply(ports), GatewayUnavailableException.class);
        assertThat(e).as(operation + " throws GatewayUnavailableException").isNotNull();
        assertThat(e.getCause()).isInstanceOf(CpayCallException.class);
        CpayCallException cause = (CpayCallException) e.getCause();
        assertThat(cause.kind()).isEqualTo(kind);
        assertThat(cause.operation()).isEqualTo(operation);
        assertThat(cause.getCause()).isNull();
        assertThat(e.outcomeUnknown()).isEqualTo(outcomeUnknown);
        assertThat(e.getMessage()).contains(operation).doesNotContain(BODY_SECRET);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(t.getClass().getName()).doesNotStartWith("io.micronaut").doesNotStartWith("io.netty");
        }
        return e;
    }
}
