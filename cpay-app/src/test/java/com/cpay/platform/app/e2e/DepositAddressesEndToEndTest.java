package com.cpay.platform.app.e2e;

import com.cpay.platform.app.support.Await;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.InternalApiClients;
import com.cpay.platform.client.internal.api.DepositAddressesApi;
import com.cpay.platform.client.internal.api.OrdersApi;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.DepositAddress;
import com.cpay.platform.client.internal.model.DepositAddressList;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderKind;
import com.cpay.platform.client.internal.model.OrderPage;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.client.internal.model.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A user's addresses for direct crypto deposits (C-Pay getWalletAddress), end to end through real HTTP: one per
 * currency and network, stable, the user's own; a deposit sent to one arrives without an order (no-order mode) and
 * shows up as a CRYPTO_DEPOSIT order once C-Pay's webhook reports it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepositAddressesEndToEndTest {

    private TestApp app;
    private ApiClient client;

    @BeforeAll
    void start() {
        app = TestApp.start();
        client = app.client();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private DepositAddressList addresses(String userId, String currency) throws ApiException {
        return new DepositAddressesApi(client).listDepositAddresses(userId, currency);
    }

    @Test
    void a_user_has_one_plausible_address_per_currency_and_network_and_keeps_them() throws ApiException {
        DepositAddressList first = addresses("addr-user-1", null);

        assertThat(first.getUserId()).isEqualTo("addr-user-1");
        assertThat(first.getItems()).isNotEmpty();
        assertThat(first.getItems()).extracting(DepositAddress::getCurrency).contains("USDT");
        assertThat(first.getItems()).extracting(a -> a.getCurrency() + "/" + a.getNetwork())
                .doesNotHaveDuplicates();
        assertThat(first.getItems()).allSatisfy(a -> {
            if (a.getNetwork().startsWith("TRON")) {
                assertThat(a.getAddress()).matches("T[1-9A-HJ-NP-Za-km-z]{33}");
            } else if (a.getNetwork().startsWith("ETH") || a.getNetwork().startsWith("BSC")) {
                assertThat(a.getAddress()).matches("0x[0-9a-fA-F]{40}");
            } else {
                assertThat(a.getAddress()).isNotBlank();
            }
        });
        assertThat(addresses("addr-user-1", null).getItems()).isEqualTo(first.getItems());
        assertThat(addresses("addr-user-2", null).getItems()).extracting(DepositAddress::getAddress)
                .doesNotContainAnyElementsOf(first.getItems().stream().map(DepositAddress::getAddress).toList());
    }

    @Test
    void the_currency_filter_keeps_that_currency_and_a_fiat_code_is_refused() throws ApiException {
        DepositAddressList usdt = addresses("addr-user-3", "USDT");

        assertThat(usdt.getItems()).isNotEmpty().allSatisfy(a -> assertThat(a.getCurrency()).isEqualTo("USDT"));

        ApiException refused = catchThrowableOfType(ApiException.class, () -> addresses("addr-user-3", "USD"));
        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(InternalApiClients.problem(client, refused).orElseThrow().getViolations())
                .extracting(Violation::getField, Violation::getRule)
                .contains(org.assertj.core.groups.Tuple.tuple("currency", "crypto-required"));
    }

    @Test
    void a_deposit_to_the_address_appears_as_a_completed_crypto_deposit_order() throws ApiException {
        String user = "addr-user-4";
        DepositAddress tron = addresses(user, "USDT").getItems().stream()
                .filter(a -> a.getNetwork().startsWith("TRON")).findFirst().orElseThrow();

        app.simulator().deposit(user, tron.getNetwork(), "USDT", "12.5", null);

        OrdersApi orders = new OrdersApi(client);
        OrderPage page = Await.until(() -> {
            try {
                return orders.listOrders(null, OrderKind.CRYPTO_DEPOSIT, user, null, null, null, null, null, null,
                        null, null);
            } catch (ApiException e) {
                throw new IllegalStateException(e);
            }
        }, p -> !p.getItems().isEmpty(), Orders.TIMEOUT);
        Order order = Orders.awaitStatus(client, page.getItems().get(0).getMerchantTradeNo(), OrderStatus.COMPLETED);
        assertThat(order.getUserId()).isEqualTo(user);
        assertThat(order.getReportedAmounts().getCurrency()).isEqualTo("USDT");
        assertThat(order.getReportedAmounts().getReceivedAmount()).isEqualTo("12.5");
        assertThat(order.getCryptoDeposit().getHash()).isNotBlank();
    }
}
