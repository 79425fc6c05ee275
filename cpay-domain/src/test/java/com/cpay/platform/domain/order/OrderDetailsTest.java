package com.cpay.platform.domain.order;

import static com.cpay.platform.domain.order.OrderFixtures.HASH;
import static com.cpay.platform.domain.order.OrderFixtures.T0;
import static com.cpay.platform.domain.order.OrderFixtures.TRADE_NO;
import static com.cpay.platform.domain.order.OrderFixtures.USER;
import static com.cpay.platform.domain.order.OrderFixtures.event;
import static com.cpay.platform.domain.order.OrderFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.CardAmount;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.quote.model.ExchangeResult;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderDetailsTest {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\">...</html>";

    private static CardPaymentDetails card() {
        return CardPaymentDetails.of(MaskedPan.parse("411111******1111"),
                CardAmount.roundDown("amount", "19.011", Asset.USD));
    }

    @Test
    void each_details_type_belongs_to_one_kind() {
        assertThat(CryptoDepositDetails.of(Asset.USDT).kind()).isEqualTo(OrderKind.CRYPTO_DEPOSIT);
        assertThat(HostedCardDetails.of(Asset.USD).kind()).isEqualTo(OrderKind.HOSTED_CARD);
        assertThat(card().kind()).isEqualTo(OrderKind.DIRECT_CARD);
        assertThat(ExchangeDetails.of(usdt("1"), Asset.BTC).kind()).isEqualTo(OrderKind.CRYPTO_EXCHANGE);
    }

    @Test
    void a_deposit_learns_its_network_cashier_page_and_hash_from_c_pay() {
        CryptoDepositDetails details = CryptoDepositDetails.of(Asset.USDT)
                .withNetwork(Network.TRON).withCashierUrl("https://cashier.cpay.ltd/payment?orderId=1").withHash(HASH);

        assertThat(details.network()).contains(Network.TRON);
        assertThat(details.cashierUrl()).contains("https://cashier.cpay.ltd/payment?orderId=1");
        assertThat(details.hash()).contains(HASH);
        assertThat(details.cryptoCurrency()).isEqualTo(Asset.USDT);
        assertThat(details.reportingAsset()).isEqualTo(Asset.USDT);
    }

    @Test
    void a_hosted_card_payment_learns_its_cashier_page() {
        assertThat(HostedCardDetails.of(Asset.EUR).withCashierUrl("https://gw2.mcpayment.net/p").cashierUrl())
                .contains("https://gw2.mcpayment.net/p");
    }

    @Test
    void a_direct_card_payment_counts_in_its_charged_currency_and_records_the_rounding() {
        CardPaymentDetails details = card();

        assertThat(details.reportingAsset()).isEqualTo(Asset.USD);
        assertThat(details.amount().charged()).isEqualTo(Money.parse("amount", "19.01", Asset.USD));
        assertThat(details.redirect()).isEmpty();
        assertThat(details.ccStorageId()).isEmpty();
    }

    @Test
    void the_3ds_page_is_kept_until_the_holder_has_been_sent_on() {
        CardPaymentDetails details = card().withRedirect(CardRedirect.page(PAGE));

        assertThat(details.redirect().flatMap(CardRedirect::pageData)).contains(PAGE);
        assertThat(details.withoutRedirect().redirect()).isEmpty();
    }

    @Test
    void a_stored_card_id_stays_out_of_the_text_form_and_a_blank_one_is_none() {
        CardPaymentDetails stored = card().withCcStorageId("cc-secret-42");

        assertThat(stored.ccStorageId()).contains("cc-secret-42");
        assertThat(stored.toString()).doesNotContain("cc-secret-42").contains("ccStorageId=present")
                .contains("411111******1111").contains("19.01 USD");
        assertThat(card().withCcStorageId("").ccStorageId()).isEmpty();
        assertThat(card().withCcStorageId(null).ccStorageId()).isEmpty();
        assertThat(card().toString()).contains("ccStorageId=none").contains("redirect=none");
    }

    @Test
    void a_redirect_is_a_page_or_a_url_and_never_nothing() {
        assertThat(CardRedirect.url("https://acs.bank/3ds").redirectUrl()).contains("https://acs.bank/3ds");
        assertThat(CardRedirect.url("https://acs.bank/3ds").pageData()).isEmpty();
        assertThatThrownBy(() -> CardRedirect.page("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardRedirect.url(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardRedirect.page(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_redirect_shows_the_size_of_its_page_not_the_page() {
        assertThat(CardRedirect.page(PAGE)).hasToString(
                "CardRedirect[pageData=" + PAGE.length() + " chars, redirectUrl=none]");
        assertThat(CardRedirect.url("https://acs.bank/3ds")).hasToString(
                "CardRedirect[pageData=none, redirectUrl=https://acs.bank/3ds]");
        assertThat(card().withRedirect(CardRedirect.page(PAGE)).toString()).doesNotContain("DOCTYPE");
    }

    @Test
    void a_crypto_payout_records_its_hash_from_the_first_report_naming_it() {
        Order order = Order.open(TRADE_NO, NewOrder.cryptoPayout(Optional.empty(), USER,
                OrderCreationTest.TRON_ADDRESS, new CryptoPayoutAmounts(usdt("10"), usdt("9"))), T0);

        order.apply(event(OrderStatus.COMPLETED, 1).withHash(HASH));

        assertThat(((CryptoPayoutDetails) order.details()).hash()).contains(HASH);
    }

    @Test
    void a_crypto_payout_reported_with_another_hash_is_a_conflict() {
        Order order = Order.open(TRADE_NO, NewOrder.cryptoPayout(Optional.empty(), USER,
                OrderCreationTest.TRON_ADDRESS, new CryptoPayoutAmounts(usdt("10"), usdt("9"))), T0);
        order.apply(event(OrderStatus.PROCESSING, 1).withHash(HASH));

        TransitionOutcome outcome = order.apply(event(OrderStatus.COMPLETED, 2)
                .withHash(new TransactionHash("0xother")));

        assertThat(outcome.kind()).isEqualTo(OutcomeKind.CONFLICT);
        assertThat(((CryptoPayoutDetails) order.details()).hash()).contains(HASH);
    }

    @Test
    void a_payout_address_must_be_text_of_at_most_128_characters() {
        CryptoPayoutAmounts amounts = new CryptoPayoutAmounts(usdt("10"), usdt("9"));

        assertThatThrownBy(() -> new CryptoPayoutDetails(Network.TRON, " ", amounts, Optional.empty()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new CryptoPayoutDetails(Network.TRON, "T".repeat(129), amounts, Optional.empty()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_card_order_ignores_a_transaction_hash_it_cannot_have() {
        Order order = Order.open(TRADE_NO, NewOrder.hostedCard(Optional.empty(), USER, Money.parse("amount", "2",
                Asset.USD)), T0);

        order.apply(event(OrderStatus.COMPLETED, 1).withHash(HASH));

        assertThat(order.details()).isEqualTo(HostedCardDetails.of(Asset.USD));
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void an_exchange_keeps_c_pays_result_in_the_target_currency() {
        ExchangeResult result = ExchangeResult.of(Asset.BTC, "0.997", "40000.000000", "0.003");

        ExchangeDetails details = ExchangeDetails.of(usdt("9.12345678"), Asset.BTC).withResult(result);

        assertThat(details.result()).contains(result);
        assertThat(details.reportingAsset()).isEqualTo(Asset.BTC);
        assertThat(details.sourceAmount()).isEqualTo(usdt("9.12345678"));
    }

    @Test
    void an_exchange_result_in_another_currency_than_asked_is_refused() {
        ExchangeResult inEth = ExchangeResult.of(Asset.ETH, "0.997", "4000", "0.003");

        assertThatThrownBy(() -> ExchangeDetails.of(usdt("9"), Asset.BTC).withResult(inEth))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("targetCurrency", Money.ASSET_MISMATCH)).isTrue());
    }
}
