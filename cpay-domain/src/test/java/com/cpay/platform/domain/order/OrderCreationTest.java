package com.cpay.platform.domain.order;

import static com.cpay.platform.domain.order.OrderFixtures.T0;
import static com.cpay.platform.domain.order.OrderFixtures.TRADE_NO;
import static com.cpay.platform.domain.order.OrderFixtures.USER;
import static com.cpay.platform.domain.order.OrderFixtures.brl;
import static com.cpay.platform.domain.order.OrderFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.CardAmount;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.money.RoundedCardAmount;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.payout.model.PixAccountType;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderCreationTest {

    static final CryptoAddress TRON_ADDRESS =
            new CryptoAddress(Network.TRON, "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf");

    @Test
    void a_crypto_deposit_starts_pending_for_the_amount_and_coin_asked() {
        Order order = Order.open(TRADE_NO, NewOrder.cryptoDeposit(Optional.empty(), USER, usdt("3")), T0);

        assertThat(order.kind()).isEqualTo(OrderKind.CRYPTO_DEPOSIT);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.requestedAmount()).contains(usdt("3"));
        assertThat(order.details()).isEqualTo(CryptoDepositDetails.of(Asset.USDT));
        assertThat(order.merchantTradeNo()).isEqualTo(TRADE_NO);
        assertThat(order.userId()).isEqualTo(USER);
        assertThat(order.createdAt()).isEqualTo(T0);
    }

    @Test
    void a_crypto_deposit_of_nothing_is_refused() {
        assertThatThrownBy(() -> Order.open(TRADE_NO, NewOrder.cryptoDeposit(Optional.empty(), USER, usdt("0")), T0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.has("amount", "positive")).isTrue());
    }

    @Test
    void a_crypto_deposit_in_a_fiat_currency_is_refused() {
        assertThatThrownBy(() -> Order.open(TRADE_NO, NewOrder.cryptoDeposit(Optional.empty(), USER, brl("3")), T0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("cryptoCurrency", "crypto-required")).isTrue());
    }

    @Test
    void a_hosted_card_payment_starts_pending_in_its_fiat_currency() {
        Order order = Order.open(TRADE_NO, NewOrder.hostedCard(Optional.empty(), USER, Money.parse("amount", "2",
                Asset.USD)), T0);

        assertThat(order.kind()).isEqualTo(OrderKind.HOSTED_CARD);
        assertThat(order.details()).isEqualTo(HostedCardDetails.of(Asset.USD));
        assertThat(order.details().reportingAsset()).isEqualTo(Asset.USD);
    }

    @Test
    void a_hosted_card_payment_in_crypto_or_of_nothing_is_refused() {
        // the rule the API answers with: createOrderByCreditCard charges USD, EUR or BRL only
        assertThatThrownBy(() -> NewOrder.hostedCard(Optional.empty(), USER, usdt("2")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("amount", "currency-not-supported")).isTrue());
        assertThatThrownBy(() -> NewOrder.hostedCard(Optional.empty(), USER, Money.zero(Asset.USD)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("amount", "positive")).isTrue());
    }

    @Test
    void a_direct_card_payment_asks_for_the_rounded_down_amount_and_keeps_only_the_masked_card() {
        RoundedCardAmount amount = CardAmount.roundDown("amount", "19.011", Asset.USD);
        MaskedPan card = MaskedPan.mask("4111 1111 1111 1111");

        Order order = Order.open(TRADE_NO, NewOrder.directCard(Optional.empty(), USER, amount, card), T0);

        assertThat(order.kind()).isEqualTo(OrderKind.DIRECT_CARD);
        assertThat(order.requestedAmount()).contains(Money.parse("amount", "19.01", Asset.USD));
        CardPaymentDetails details = (CardPaymentDetails) order.details();
        assertThat(details.card().value()).isEqualTo("411111******1111");
        assertThat(details.amount().wasRounded()).isTrue();
        assertThat(order.snapshot().toString()).doesNotContain("4111111111111111");
    }

    @Test
    void a_crypto_payout_asks_for_the_total_withdrawn_to_the_address_as_text() {
        CryptoPayoutAmounts amounts = new CryptoPayoutAmounts(usdt("66.12345678"), usdt("65"));

        Order order = Order.open(TRADE_NO, NewOrder.cryptoPayout(Optional.empty(), USER, TRON_ADDRESS, amounts), T0);

        assertThat(order.kind()).isEqualTo(OrderKind.CRYPTO_PAYOUT);
        assertThat(order.requestedAmount()).contains(usdt("66.12345678"));
        CryptoPayoutDetails details = (CryptoPayoutDetails) order.details();
        assertThat(details.network()).isEqualTo(Network.TRON);
        assertThat(details.toAddress()).isEqualTo("TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf");
        assertThat(details.amounts()).isEqualTo(amounts);
        assertThat(details.reportingAsset()).isEqualTo(Asset.USDT);
    }

    @Test
    void a_pix_payout_asks_for_the_amount_the_user_receives_in_brl() {
        PixPayoutTerms terms = PixPayoutTerms.of("5", "BRL", "BRA", "4", "123e4567-e89b-12d3-a456-426614174000");

        Order order = Order.open(TRADE_NO, NewOrder.pixPayout(Optional.empty(), USER, terms), T0);

        assertThat(order.kind()).isEqualTo(OrderKind.PIX_PAYOUT);
        assertThat(order.requestedAmount()).contains(brl("5"));
        PixPayoutDetails details = (PixPayoutDetails) order.details();
        assertThat(details.accountType()).isEqualTo(PixAccountType.RANDOM_KEY);
        assertThat(details.reportingAsset()).isEqualTo(Asset.BRL);
        assertThat(details.toString()).doesNotContain("123e4567").contains("RANDOM_KEY");
    }

    @Test
    void an_exchange_asks_for_the_source_amount() {
        Order order = Order.open(TRADE_NO, NewOrder.exchange(Optional.empty(), USER, usdt("9.12345678"), Asset.BTC),
                T0);

        assertThat(order.kind()).isEqualTo(OrderKind.CRYPTO_EXCHANGE);
        assertThat(order.requestedAmount()).contains(usdt("9.12345678"));
        assertThat(order.details()).isEqualTo(ExchangeDetails.of(usdt("9.12345678"), Asset.BTC));
    }

    @Test
    void an_exchange_of_nothing_or_into_the_same_currency_is_refused() {
        assertThatThrownBy(() -> Order.open(TRADE_NO, NewOrder.exchange(Optional.empty(), USER, usdt("0"), Asset.BTC),
                T0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("sourceAmount", "positive")).isTrue());
        assertThatThrownBy(() -> Order.open(TRADE_NO, NewOrder.exchange(Optional.empty(), USER, usdt("1"), Asset.USDT),
                T0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("targetCurrency", "same-currency")).isTrue());
    }

    @Test
    void an_order_needs_its_trade_number_user_and_creation_time() {
        NewOrder<CryptoDepositDetails> deposit = NewOrder.cryptoDeposit(Optional.empty(), USER, usdt("1"));
        assertThatThrownBy(() -> Order.open(null, deposit, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Order.open(TRADE_NO, null, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Order.open(TRADE_NO, deposit, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> NewOrder.cryptoDeposit(Optional.empty(), null, usdt("1")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("userId", "required")).isTrue());
        assertThatThrownBy(() -> new NewOrder<>(Optional.empty(), null, usdt("1"), CryptoDepositDetails.of(Asset.USDT)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void an_order_asked_for_under_a_merchant_trade_no_is_opened_under_that_one_only() {
        NewOrder<CryptoDepositDetails> asked = NewOrder.cryptoDeposit(Optional.of(TRADE_NO), USER, usdt("1"));

        assertThat(Order.open(TRADE_NO, asked, T0).merchantTradeNo()).isEqualTo(TRADE_NO);
        assertThatThrownBy(() -> Order.open(new com.cpay.platform.domain.shared.MerchantTradeNo("other-1"), asked, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_new_order_asks_for_the_amount_its_details_hold() {
        CryptoPayoutAmounts amounts = new CryptoPayoutAmounts(usdt("2"), usdt("1"));

        assertThat(NewOrder.cryptoPayout(Optional.empty(), USER, TRON_ADDRESS, amounts).amount()).isEqualTo(usdt("2"));
        assertThatThrownBy(() -> new NewOrder<>(Optional.empty(), USER, usdt("1"),
                CryptoPayoutDetails.of(TRON_ADDRESS, amounts))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewOrder<>(Optional.empty(), USER, brl("1"), CryptoDepositDetails.of(Asset.USDT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewOrder<>(Optional.empty(), USER, usdt("1"), ExchangeDetails.of(usdt("2"),
                Asset.BTC))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new NewOrder<>(null, USER, usdt("2"), ExchangeDetails.of(usdt("2"), Asset.BTC)).merchantTradeNo())
                .isEmpty();
        RoundedCardAmount charged = CardAmount.roundDown("amount", "19.011", Asset.USD);
        MaskedPan card = MaskedPan.mask("4111 1111 1111 1111");
        assertThat(NewOrder.directCard(Optional.empty(), USER, charged, card).amount())
                .isEqualTo(Money.parse("amount", "19.01", Asset.USD));
        assertThatThrownBy(() -> new NewOrder<>(Optional.empty(), USER, Money.parse("amount", "19.02", Asset.USD),
                CardPaymentDetails.of(card, charged))).isInstanceOf(IllegalArgumentException.class);
        PixPayoutTerms terms = PixPayoutTerms.of("5", "BRL", "BRA", "4", "123e4567-e89b-12d3-a456-426614174000");
        assertThat(NewOrder.pixPayout(Optional.empty(), USER, terms).amount()).isEqualTo(brl("5"));
        assertThatThrownBy(() -> new NewOrder<>(Optional.empty(), USER, brl("6"), new PixPayoutDetails(terms)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(NewOrder.hostedCard(Optional.empty(), USER, Money.parse("amount", "2", Asset.EUR)).amount())
                .isEqualTo(Money.parse("amount", "2", Asset.EUR));
    }
}
