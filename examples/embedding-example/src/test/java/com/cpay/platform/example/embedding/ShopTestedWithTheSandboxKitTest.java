package com.cpay.platform.example.embedding;

import com.cpay.platform.sandbox.junit.CpaySandbox;
import com.cpay.platform.sandbox.junit.CpaySandboxHandle;
import com.cpay.platform.sandbox.junit.Fault;
import com.cpay.platform.sandbox.junit.ReceivedRequest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How another team tests its service against C-Pay with the test kit (cpay-sandbox-junit) alone: {@code @CpaySandbox}
 * starts a simulated C-Pay, the shop is configured with its URL and credentials, and the test drives C-Pay (moves the
 * order, injects a fault) and checks what the shop sent and what it made of C-Pay's webhooks.
 */
@CpaySandbox
class ShopTestedWithTheSandboxKitTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private static EmbeddedServer shop;
    private static HttpClient http;

    @BeforeAll
    static void startTheShop(CpaySandboxHandle cpay) {
        shop = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "cpay.sandbox.enabled", "false", // the kit's jar puts the simulator on the classpath; the shop is no C-Pay
                "cpay.base-url", cpay.baseUrl().toString(),
                "cpay.merchant-id", cpay.merchantId(),
                "cpay.secret-key", cpay.secretKey(),
                "datasources.default.url", "jdbc:h2:mem:shop-kit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
        http = HttpClient.create(shop.getURL());
    }

    @AfterAll
    static void stopTheShop() {
        http.close();
        shop.close();
    }

    @BeforeEach
    void webhooksGoToTheShop(CpaySandboxHandle cpay) {
        cpay.deliverWebhooksTo(webhookUrl());
    }

    @Test
    void a_payout_goes_out_signed_and_c_pays_completion_reaches_the_shop(CpaySandboxHandle cpay) {
        cpay.pauseLifecycle(); // the test decides when C-Pay completes it

        String tradeNo = pay("seller-1", "12.50").merchantTradeNo();

        ReceivedRequest sent = cpay.lastRequest("createFiatPayoutOrder");
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/openapi/v1/createFiatPayoutOrder");
        assertThat(sent.signatureValid()).isTrue();
        assertThat(sent.fields()).containsEntry("merchantTradeNo", tradeNo).containsEntry("currency", "BRL")
                .containsEntry("userId", "seller-1");
        assertThat(sent.field("amount")).isIn("12.5", "12.50");

        cpay.moveOrder(tradeNo, "COMPLETED");

        cpay.awaitWebhookAttempt(a -> tradeNo.equals(a.merchantTradeNo()) && "14".equals(a.orderStatus())
                && webhookUrl().equals(a.url()) && a.delivered(), WAIT);
        assertThat(status(tradeNo)).isEqualTo("COMPLETED");
    }

    @Test
    void a_payout_c_pay_closes_is_shown_closed(CpaySandboxHandle cpay) {
        cpay.pauseLifecycle();
        String tradeNo = pay("seller-2", "3").merchantTradeNo();

        cpay.moveOrder(tradeNo, "CLOSED");

        cpay.awaitWebhookAttempt(a -> tradeNo.equals(a.merchantTradeNo()) && a.delivered(), WAIT);
        assertThat(status(tradeNo)).isEqualTo("CLOSED");
    }

    @Test
    void a_payout_c_pay_refuses_is_closed_at_once_and_c_pay_holds_no_order(CpaySandboxHandle cpay) {
        cpay.injectFault(Fault.envelopeError("createFiatPayoutOrder", 1, "fail"));

        var refused = pay("seller-3", "4");

        assertThat(refused.status()).isEqualTo("CLOSED");
        assertThat(status(refused.merchantTradeNo())).isEqualTo("CLOSED");
        assertThat(cpay.lastRequest("createFiatPayoutOrder").refusalReason()).isEqualTo("fault");
        assertThat(cpay.orders()).isEmpty();
    }

    private static ShopPayoutController.PayoutView pay(String seller, String amount) {
        return http.toBlocking().retrieve(HttpRequest.POST("/shop/payouts",
                new ShopPayoutController.SellerPayout(seller, amount, "123.456.789-09")), ShopPayoutController.PayoutView.class);
    }

    private static String status(String tradeNo) {
        return http.toBlocking().retrieve("/shop/payouts/" + tradeNo, ShopPayoutController.PayoutView.class).status();
    }

    private static String webhookUrl() {
        return shop.getURL() + "/cpay/webhooks";
    }
}
