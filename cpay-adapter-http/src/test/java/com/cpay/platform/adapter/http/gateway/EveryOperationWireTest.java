package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.support.CpayTestContext;
import com.cpay.platform.adapter.http.support.RecordingServer.Received;
import com.cpay.platform.adapter.http.support.RecordingServer.Reply;
import com.cpay.platform.domain.kyc.KycBatchResult;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.account.Balance;
import com.cpay.platform.domain.deposit.CreatedDeposit;
import com.cpay.platform.domain.deposit.DepositAddress;
import com.cpay.platform.domain.card.DirectCardPaymentResult;
import com.cpay.platform.domain.exchange.ExchangeAccepted;
import com.cpay.platform.domain.card.HostedCardOrder;
import com.cpay.platform.domain.reconciliation.OrderLookup;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.payout.PayoutAccepted;
import com.cpay.platform.domain.quote.model.Quote;
import com.cpay.platform.domain.quote.model.QuoteChannel;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.cpay.platform.adapter.http.gateway.Fixtures.CREATE_TIME_TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Each of the 12 operations through real HTTP on loopback: the request as the server received it (method, path,
 * encoding, exact parameters, a signature that verifies over the received parameters) and the answer of the
 * document's example read into domain values.
 */
class EveryOperationWireTest extends GatewayTestBase {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void createOrder_posts_the_deposit_form_and_reads_the_cashier_page() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"success","data":{"orderId":"221116112637772768014","merchantId":"20003092",
                 "cryptoCurrency":"USDT","orderAmount":"3","receivedAmount":"3","merchantTradeNo":"test114",
                 "cashierURL":"https://cashier.cpay.ltd/payment?orderId=221116112637772768014&sign=639a",
                 "returnURL":"","successURL":"https://cashier.cpay.ltd/succed","failURL":"https://cashier.cpay.ltd/lose",
                 "remark":"","extInfo":""},"traceid":"221117083310X220052"}"""));

        CreatedDeposit created = Fixtures.deposit("test114").sendTo(ports.deposits());

        Received request = onlyRequest();
        assertPost(request, "createOrder");
        assertThat(paramsWithoutSign(request)).containsOnly(entry("merchantId", CpayTestContext.MERCHANT_ID),
                entry("merchantTradeNo", "test114"), entry("createTime", CREATE_TIME_TEXT), entry("userId", "test002"),
                entry("amount", "3"), entry("cryptoCurrency", "USDT"),
                entry("callBackURL", Fixtures.CALLBACK.toString()), entry("successURL", Fixtures.SUCCESS.toString()),
                entry("failURL", Fixtures.FAIL.toString()));
        assertThat(created.cpayOrderId()).isEqualTo(new CpayOrderId("221116112637772768014"));
        assertThat(created.cashierUrl()).contains("https://cashier.cpay.ltd/payment?orderId=221116112637772768014&sign=639a");
        assertThat(created.status()).isEmpty();
        assertThat(created.amounts().orderAmount()).contains(Money.parse("x", "3", Asset.USDT));
        assertThat(created.amounts().get(AmountKind.PLEDGE_AMOUNT)).isEmpty();
        assertThat(created.remark()).isEmpty();
    }

    @Test
    void getWalletAddress_queries_by_user_and_reads_every_address() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"success","data":[
                 {"address":"TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw","currency":"USDT","network":"TRON(TRC-20)"},
                 {"address":"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy","currency":"BTC","network":"Bitcoin"},
                 {"address":"0xabc","currency":"NEWCOIN","network":"NewChain(NC-1)"}],"traceid":"221117074719X9921729"}"""));

        List<DepositAddress> addresses = ports.deposits().depositAddresses(new UserId("test002"));

        Received request = onlyRequest();
        assertGet(request, "getWalletAddress");
        assertThat(paramsWithoutSign(request)).containsOnly(entry("merchantId", CpayTestContext.MERCHANT_ID),
                entry("userId", "test002"));
        assertThat(addresses).containsExactly(
                new DepositAddress("USDT", Network.TRON, "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw"),
                new DepositAddress("BTC", Network.BITCOIN, "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
                new DepositAddress("NEWCOIN", Network.of("NewChain(NC-1)"), "0xabc"));
    }

    @Test
    void withdraw_posts_the_payout_form_and_reads_amounts_sent_as_numbers_or_text() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"ok","data":{"fee":"0.0123","status":"11","orderId":"2209141130105863014",
                 "orderAmount":"66.12345678","receivedAmount":66.11115678,"merchantId":20000092,
                 "createTime":1663155010000}}"""));

        PayoutAccepted accepted = Fixtures.cryptoPayout("100000230").sendTo(ports.payouts());

        Received request = onlyRequest();
        assertPost(request, "withdraw");
        assertThat(paramsWithoutSign(request)).containsOnly(entry("merchantId", CpayTestContext.MERCHANT_ID),
                entry("userId", "2345"), entry("merchantTradeNo", "100000230"), entry("createTime", CREATE_TIME_TEXT),
                entry("cryptoCurrency", "USDT"), entry("network", "TRON(TRC-20)"), entry("totalAmount", "66.12345678"),
                entry("receivedAmount", "66.11115678"), entry("toAddress", Fixtures.TRON_ADDRESS),
                entry("callbackURL", Fixtures.CALLBACK.toString()));
        assertThat(accepted.cpayOrderId()).contains(new CpayOrderId("2209141130105863014"));
        assertThat(accepted.status().flatMap(s -> s.status())).contains(OrderStatus.PROCESSING);
        assertThat(accepted.receivedAmount()).contains(Money.parse("x", "66.11115678", Asset.USDT));
        assertThat(accepted.fee()).contains(Money.parse("x", "0.0123", Asset.USDT));
    }

    @Test
    void createFiatPayoutOrder_posts_the_pix_form_with_callBackURL_spelled_as_documented() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"success","data":{"merchantId":"20003xxx","currency":"BRL","orderAmount":"5.5",
                 "receivedAmount":"5","fee":"0.5","merchantTradeNo":"test07","remark":"remark","status":"11",
                 "orderId":"23031008544224390xxx","merchantUserId":"1001","createTime":"1678438482000"},
                 "traceid":"230310085442X2425795"}"""));

        PayoutAccepted accepted = Fixtures.pixPayout("test07").sendTo(ports.payouts());

        Received request = onlyRequest();
        assertPost(request, "createFiatPayoutOrder");
        assertThat(paramsWithoutSign(request)).containsOnly(entry("merchantId", CpayTestContext.MERCHANT_ID),
                entry("userId", "1001"), entry("merchantTradeNo", "test07"), entry("payoutChannel", "1"),
                entry("amount", "5"), entry("currency", "BRL"), entry("accountType", "2"),
                entry("toAccount", "maria@example.com"), entry("country", "BRA"), entry("createTime", CREATE_TIME_TEXT),
                entry("callBackURL", Fixtures.CALLBACK.toString()), entry("successURL", Fixtures.SUCCESS.toString()),
                entry("failURL", Fixtures.FAIL.toString()), entry("remark", "remark"));
        assertThat(accepted.orderAmount()).contains(Money.parse("x", "5.5", Asset.BRL));
        assertThat(accepted.receivedAmount()).contains(Money.parse("x", "5", Asset.BRL));
        assertThat(accepted.fee()).contains(Money.parse("x", "0.5", Asset.BRL));
        assertThat(accepted.cpayOrderId()).contains(new CpayOrderId("23031008544224390xxx"));
    }

    @Test
    void getMerchantBalance_reads_exact_balances_even_beyond_the_currency_scale() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"success","data":[{"availableBalance":"0","freezeBalance":"12.237","cryptoCurrency":"USD"},
                 {"availableBalance":"11.008","freezeBalance":"0","cryptoCurrency":"USDT"}],"traceid":"221117075237X7604753"}"""));

        List<Balance> balances = ports.account().balances();

        Received request = onlyRequest();
        assertGet(request, "getMerchantBalance");
        assertThat(paramsWithoutSign(request)).containsOnly(entry("merchantId", CpayTestContext.MERCHANT_ID));
        assertThat(balances).containsExactly(
                new Balance("USD", new BigDecimal("0"), new BigDecimal("12.237")),
                new Balance("USDT", new BigDecimal("11.008"), new BigDecimal("0")));
    }

    @Test
    void getExchangeRate_sends_purchaseType_as_text_and_keeps_the_number_zero_as_a_rate() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"success","data":{"exchangeRate":0},"traceid":"221117075732X2324202"}"""));

        Quote quote = ports.exchanges().quote(Fixtures.quote(QuoteChannel.CRYPTO));

        Received request = onlyRequest();
        assertGet(request, "getExchangeRate");
        assertThat(paramsWithoutSign(request)).containsOnly(entry("merchantId", CpayTestContext.MERCHANT_ID),
                entry("sourceCurrency", "USDT"), entry("targetCurrency", "BTC"), entry("purchaseType", "1"),
                entry("amount", "0.5"));
        assertThat(quote.rate().isZero()).isTrue();
        assertThat(quote.amountExchanged()).isEmpty();
        assertThat(quote.channel()).isEqualTo(QuoteChannel.CRYPTO);
    }

    @Test
    void getExchangeRateForCreditCard_keeps_rate_and_exchanged_amount_as_written() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"ok","data":{"exchangeRate":"2999.342","amountExchanged":"0.03334064604"}}"""));

        Quote quote = ports.exchanges().quote(Fixtures.quote(QuoteChannel.CARD));

        Received request = onlyRequest();
        assertGet(request, "getExchangeRateForCreditCard");
        assertThat(paramsWithoutSign(request)).containsOnly(entry("merchantId", CpayTestContext.MERCHANT_ID),
                entry("sourceCurrency", "USD"), entry("targetCurrency", "USDT"), entry("purchaseType", "0"),
                entry("amount", "100"));
        assertThat(quote.rate().toWireString()).isEqualTo("2999.342");
        assertThat(quote.amountExchanged()).contains(new BigDecimal("0.03334064604"));
    }

    @Test
    void getOrderDetail_asks_by_each_key_and_reads_the_document_example() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"success","data":{"actualAmount":"10","createTime":1663155010000,"currency":"USDT",
                 "extInfo":"{\\"reason\\":\\"Transaction cannot be completed\\"}","fee":"0",
                 "hash":"c4dbbf5737c52072817dc92fa09c41386f8024fee883270b92bfc1943616f957","merchantId":20003092,
                 "merchantTradeNo":"7b785240e426694635bb09fb101ae241","merchantUserId":"test002","network":"TRON",
                 "orderId":"2209141130105863014","pledgeAmount":"0","receivedAmount":"10","remark":"充值单补单",
                 "status":"14"},"traceid":"221117082056X6478814"}"""));

        OrderReport report = ports.orders()
                .findOrder(OrderLookup.of(Fixtures.tradeNo("7b785240e426694635bb09fb101ae241"))).orElseThrow();

        Received request = onlyRequest();
        assertGet(request, "getOrderDetail");
        assertThat(paramsWithoutSign(request)).containsOnly(entry("merchantId", CpayTestContext.MERCHANT_ID),
                entry("merchantTradeNo", "7b785240e426694635bb09fb101ae241"));
        assertThat(report.cpayOrderId()).contains(new CpayOrderId("2209141130105863014"));
        assertThat(report.status().status()).contains(OrderStatus.COMPLETED);
        assertThat(report.network()).contains(Network.TRON);
        assertThat(report.createTime()).contains(Instant.ofEpochMilli(1663155010000L));
        assertThat(report.amounts()).containsEntry(AmountKind.ACTUAL_AMOUNT, new BigDecimal("10"))
                .containsEntry(AmountKind.PLEDGE_AMOUNT, new BigDecimal("0"));
        assertThat(report.remark()).contains("充值单补单");
        assertThat(report.extInfo()).contains("{\"reason\":\"Transaction cannot be completed\"}");

        server.reset();
        ports.orders().findOrder(OrderLookup.of(new CpayOrderId("2209141130105863014")));
        assertThat(paramsWithoutSign(onlyRequest())).containsOnly(entry("merchantId", CpayTestContext.MERCHANT_ID),
                entry("cpayOrderId", "2209141130105863014"));
        server.reset();
        ports.orders().findOrder(OrderLookup.of(new TransactionHash("c4dbbf57")));
        assertThat(paramsWithoutSign(onlyRequest())).containsOnly(entry("merchantId", CpayTestContext.MERCHANT_ID),
                entry("hash", "c4dbbf57"));
    }

    @Test
    void exchange_posts_the_form_and_keeps_the_rate_scale_as_returned() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"ok","data":{"targetCurrency":"BTC","targetAmount":"0.997","exchangeRate":"40000.000000",
                 "fee":"0.003"}}"""));

        ExchangeAccepted accepted = ports.exchanges().exchange(Fixtures.exchange("100"));

        Received request = onlyRequest();
        assertPost(request, "exchange");
        assertThat(paramsWithoutSign(request)).containsOnly(entry("merchantId", CpayTestContext.MERCHANT_ID),
                entry("userId", "xxx-1001"), entry("merchantTradeNo", "100"), entry("createTime", CREATE_TIME_TEXT),
                entry("sourceCurrency", "USDT"), entry("sourceAmount", "9.12345678"), entry("targetCurrency", "BTC"));
        assertThat(accepted.result().targetAmount()).isEqualTo(Money.parse("x", "0.997", Asset.BTC));
        assertThat(accepted.result().rate().toWireString()).isEqualTo("40000.000000");
        assertThat(accepted.result().fee()).isEqualTo(Money.parse("x", "0.003", Asset.BTC));
    }

    @Test
    void submitKYC_posts_the_users_as_json_text_with_the_documented_wire_names() throws IOException {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"success","data":{"count":2},"traceid":"221117082830X664937"}"""));

        KycBatchResult result = ports.kyc().submit(Fixtures.kycBatch());

        Received request = onlyRequest();
        assertPost(request, "submitKYC");
        Map<String, String> params = paramsWithoutSign(request);
        assertThat(params).containsOnlyKeys("merchantId", "data");
        List<Map<String, Object>> users = ObjectMapper.getDefault().readValue(params.get("data"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(users).hasSize(2);
        assertThat(users.get(0)).containsEntry("userId", "231xsd23").containsEntry("brithday", "1987-05-01")
                .containsEntry("gender", "male").containsEntry("IdCardUrls", List.of("https://files.example.com/pi.jpg"))
                .containsEntry("documentUrls", List.of("https://files.example.com/pi.pdf"))
                .containsEntry("certificateDateEnd", "2038-01-01").doesNotContainKey("birthday")
                .doesNotContainKey("idCardUrls");
        assertThat(result).isEqualTo(new KycBatchResult(2, 2));
    }

    @Test
    void pwpp_posts_the_card_form_and_reads_the_3ds_page() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"success","data":{"orderId":"230303100653358209014",
                 "pageData":"<!DOCTYPE html><html lang=\\"en\\">...</html>","ccStorageID":"xxxxxxxxxxxxxxxxxx"},
                 "traceid":"221117082830X664937"}"""));

        DirectCardPaymentResult result = Fixtures.directCard("h2h-0001").sendTo(ports.cards());

        Received request = onlyRequest();
        assertPost(request, "pwpp");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("merchantId", CpayTestContext.MERCHANT_ID);
        expected.put("merchantTradeNo", "h2h-0001");
        expected.put("lang", "en");
        expected.put("userId", "test002");
        expected.put("firstName", "hart");
        expected.put("lastName", "lee");
        expected.put("email", "asdf@gmail.com");
        expected.put("iddCode", "35");
        expected.put("mobile", "712345678");
        expected.put("addressLine", "Grafton-Street.1");
        expected.put("country", "IE");
        expected.put("city", "Dublin");
        expected.put("zip", "D02X285");
        expected.put("cardNumber", Fixtures.PAN);
        expected.put("cvv", Fixtures.CVV);
        expected.put("expDate", "12/27");
        expected.put("ip", "203.0.113.10");
        expected.put("currency", "USD");
        expected.put("amount", "19.01");
        expected.put("products", "[{\"name\":\"iphone 11\",\"price\":\"5300.00\",\"num\":\"2\",\"currency\":\"CNY\"},"
                + "{\"name\":\"macBook\",\"price\":\"1234.00\",\"num\":\"1\",\"currency\":\"USD\"}]");
        expected.put("clientHTTPAccept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        expected.put("clientHTTPUserAgent", "Mozilla/5.0 (iPhone; CPU iPhone OS 11_3_1 like Mac OS X)");
        expected.put("callbackURL", Fixtures.CALLBACK.toString());
        expected.put("successURL", Fixtures.SUCCESS.toString());
        expected.put("failURL", Fixtures.FAIL.toString());
        expected.put("createTime", CREATE_TIME_TEXT);
        assertThat(paramsWithoutSign(request)).isEqualTo(expected);
        assertThat(result.cpayOrderId()).contains(new CpayOrderId("230303100653358209014"));
        assertThat(result.redirect().flatMap(r -> r.pageData())).contains("<!DOCTYPE html><html lang=\"en\">...</html>");
        assertThat(result.ccStorageId()).contains("xxxxxxxxxxxxxxxxxx");
    }

    @Test
    void pwpp_sends_storeCc_1_only_when_the_card_is_to_be_stored_and_never_a_0() {
        server.answerWith(r -> Reply.json("{\"code\":0,\"msg\":\"success\",\"data\":{\"orderId\":\"1\"}}"));
        var keep = Fixtures.directCard("h2h-0002");
        var store = Fixtures.directCard("h2h-0002", true);

        store.sendTo(ports.cards());
        Map<String, String> stored = paramsWithoutSign(onlyRequest());
        server.reset();
        keep.sendTo(ports.cards());
        Map<String, String> notStored = paramsWithoutSign(onlyRequest());

        assertThat(stored).containsEntry("storeCc", "1");
        assertThat(notStored).doesNotContainKey("storeCc");
        notStored.put("storeCc", "1");
        assertThat(notStored).as("nothing else differs").isEqualTo(stored);
    }

    @Test
    void createOrderByCreditCard_sends_lanuage_and_callBackURL_and_verifies_the_answer_sign() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("merchantId", "20003092");
        data.put("merchantTradeNo", "test901");
        data.put("orderId", "221108101212238310014");
        data.put("orderStatus", "15");
        data.put("orderCurrency", "USD");
        data.put("orderAmount", "2");
        data.put("receivedAmount", "0.00");
        data.put("pledgeAmount", "");
        data.put("fee", "0.00");
        data.put("cashierURL", "https://gw2.mcpayment.net/api/v6/paymentPage/B462EEE0EBF6BAEB7D11");
        data.put("successURL", "");
        data.put("failURL", "");
        String sign = CpayTestContext.SIGNER.sign(data);
        server.answerWith(r -> Reply.json(("""
                {"code":0,"msg":"success","data":{"merchantId":20003092,"merchantTradeNo":"test901",
                 "orderId":"221108101212238310014","orderStatus":"15","orderCurrency":"USD","orderAmount":"2",
                 "receivedAmount":"0.00","pledgeAmount":"","fee":"0.00",
                 "cashierURL":"https://gw2.mcpayment.net/api/v6/paymentPage/B462EEE0EBF6BAEB7D11",
                 "successURL":"","failURL":"","sign":"%s"},"traceid":"221117083632X2666756"}""").formatted(sign)));

        HostedCardOrder order = Fixtures.hostedCard("test901").sendTo(ports.cards());

        Received request = onlyRequest();
        assertPost(request, "createOrderByCreditCard");
        Map<String, String> params = paramsWithoutSign(request);
        assertThat(params).containsOnlyKeys("merchantId", "merchantTradeNo", "userId", "currency", "amount",
                "products", "country", "email", "ip", "lanuage", "callBackURL", "successURL", "failURL", "createTime");
        assertThat(params).containsEntry("lanuage", "en-US").containsEntry("callBackURL", Fixtures.CALLBACK.toString())
                .containsEntry("currency", "USD").containsEntry("amount", "2").containsEntry("country", "US")
                .containsEntry("createTime", CREATE_TIME_TEXT);
        assertThat(order.cpayOrderId()).isEqualTo(new CpayOrderId("221108101212238310014"));
        assertThat(order.status().flatMap(s -> s.status())).contains(OrderStatus.CLOSED);
        assertThat(order.amounts().get(AmountKind.RECEIVED_AMOUNT)).contains(Money.zero(Asset.USD));
        assertThat(order.amounts().get(AmountKind.PLEDGE_AMOUNT)).isEmpty();
        assertThat(order.responseSignature()).contains(sign);
        assertThat(order.cashierUrl()).contains("https://gw2.mcpayment.net/api/v6/paymentPage/B462EEE0EBF6BAEB7D11");
    }

    static void assertPost(Received request, String operation) {
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/openapi/v1/" + operation);
        assertThat(request.rawQuery()).isNull();
        assertThat(request.contentType()).startsWith(FORM);
    }

    static void assertGet(Received request, String operation) {
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/openapi/v1/" + operation);
        assertThat(request.body()).isEmpty();
        assertThat(Optional.ofNullable(request.rawQuery())).isPresent();
    }
}
