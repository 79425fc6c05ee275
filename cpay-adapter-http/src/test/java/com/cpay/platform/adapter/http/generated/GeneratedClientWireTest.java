package com.cpay.platform.adapter.http.generated;

import com.cpay.platform.adapter.http.generated.api.CpayMerchantApi;
import com.cpay.platform.adapter.http.generated.model.GetWalletAddressResponse;
import com.cpay.platform.adapter.http.generated.model.WithdrawResponse;
import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.adapter.http.support.RecordingServer;
import com.cpay.platform.adapter.http.support.RecordingServer.Received;
import com.cpay.platform.adapter.http.support.RecordingServer.Reply;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the tool chain end to end: the client generated from cpay-merchant-api.yaml puts a
 * form-encoded POST and a query-string GET on the wire byte for byte as C-Pay expects them.
 */
class GeneratedClientWireTest {

    private static final CpaySigner SIGNER = new CpaySigner(SecretKey.of("test-secret"));

    private RecordingServer server;
    private ApplicationContext context;
    private CpayMerchantApi api;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
        context = ApplicationContext.run(Map.of("micronaut.http.services.cpay.url", server.baseUri().toString()));
        api = context.getBean(CpayMerchantApi.class);
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void a_withdraw_is_sent_as_a_form_body_with_every_value_encoded_and_signed_over_raw_values() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"ok","data":{"fee":"0.0123","status":"11","merchantId":20000092,
                 "createTime":1663155010000,"orderId":"2209141130105863014"},"traceid":"221117082056X6478814"}"""));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("merchantId", "20000092");
        params.put("userId", "user 1&2=3+4%ação");
        params.put("merchantTradeNo", "T-100/ä");
        params.put("createTime", "1653669353000");
        params.put("cryptoCurrency", "USDT");
        params.put("network", "TRON(TRC-20)");
        params.put("totalAmount", "66.12345678");
        params.put("receivedAmount", "66");
        params.put("toAddress", "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw");
        String sign = SIGNER.sign(params);
        params.put("sign", sign);

        WithdrawResponse response = api.withdraw(params.get("merchantId"), params.get("userId"),
                params.get("merchantTradeNo"), params.get("createTime"), params.get("cryptoCurrency"),
                params.get("network"), params.get("totalAmount"), params.get("receivedAmount"),
                params.get("toAddress"), sign, null);

        Received request = server.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/openapi/v1/withdraw");
        assertThat(request.rawQuery()).isNull();
        assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(request.bodyText()).isEqualTo(formEncoded(params));
        assertThat(request.decodedParameters()).isEqualTo(params).doesNotContainKey("callbackURL");
        assertThat(SIGNER.sign(request.decodedParameters())).isEqualTo(sign);

        assertThat(response.getCode()).isZero();
        assertThat(response.getTraceid()).isEqualTo("221117082056X6478814");
        assertThat(response.getData().getFee()).isEqualTo("0.0123");
        assertThat(response.getData().getStatus().raw()).isEqualTo("11");
        assertThat(response.getData().getMerchantId().text()).isEqualTo("20000092");
        assertThat(response.getData().getCreateTime().text()).isEqualTo("1663155010000");
    }

    @Test
    void a_wallet_address_query_is_sent_as_query_parameters_without_a_body() {
        server.answerWith(r -> Reply.json("""
                {"code":0,"msg":"success","data":[{"address":"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
                 "currency":"BTC","network":"Bitcoin","unknownField":true}]}"""));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("merchantId", "20000092");
        params.put("userId", "user 1&2");
        params.put("sign", SIGNER.sign(params));

        GetWalletAddressResponse response = api.getWalletAddress(params.get("merchantId"), params.get("userId"),
                params.get("sign"));

        Received request = server.received().get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/openapi/v1/getWalletAddress");
        // Micronaut encodes a space in a query as "+", which servers decode as a space, like a form
        assertThat(request.rawQuery()).isEqualTo(formEncoded(params));
        assertThat(request.decodedParameters()).isEqualTo(params);
        assertThat(request.body()).isEmpty();
        assertThat(response.getData()).singleElement()
                .satisfies(a -> assertThat(a.getAddress()).isEqualTo("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"));
        assertThat(response.getTraceid()).isNull();
    }

    private static String formEncoded(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
