package com.cpay.platform.domain.card;

import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.CARD_NUMBER;
import static com.cpay.platform.domain.fake.Examples.USER;
import static com.cpay.platform.domain.fake.Examples.card;
import static com.cpay.platform.domain.fake.Examples.directCard;
import static com.cpay.platform.domain.fake.Examples.products;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.CardAmount;
import com.cpay.platform.domain.money.RoundedCardAmount;
import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.CardRedirect;
import com.cpay.platform.domain.order.MaskedPan;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.shared.CpayOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayByCardDirectServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final PayByCardDirectService service = platform.payByCardDirect();

    @Test
    void a_card_amount_with_more_than_two_decimals_is_rounded_down_sent_and_reported() {
        OrderSubmitted result = service.payByCardDirect(directCard("19.011", card()), card(),
                Examples.directCheckout());

        assertThat(((CardPaymentDetails) platform.cpay.payByCard.lastRequest().order().details()).amount().charged())
                .isEqualTo(Examples.usd("19.01"));
        assertThat(payment(result).amount().charged()).isEqualTo(Examples.usd("19.01"));
        assertThat(payment(result).amount().requested()).isEqualByComparingTo("19.011");
        assertThat(payment(result).amount().wasRounded()).isTrue();
        assertThat(platform.orders.get(result.order().merchantTradeNo()).requestedAmount())
                .contains(Examples.usd("19.01"));
    }

    @Test
    void only_the_masked_card_is_stored() {
        OrderSubmitted result = service.payByCardDirect(directCard("10", card()), card(), Examples.directCheckout());

        Order stored = platform.orders.get(result.order().merchantTradeNo());
        assertThat(payment(result).card()).isEqualTo(MaskedPan.mask(CARD_NUMBER));
        assertThat(((CardPaymentDetails) stored.details()).card().value()).isEqualTo("411111******1111");
        assertThat(stored.snapshot().toString()).doesNotContain(CARD_NUMBER).doesNotContain("123");
        assertThat(platform.cpay.payByCard.lastRequest().card().number()).isEqualTo(CARD_NUMBER);
        var sent = platform.cpay.payByCard.lastRequest();
        assertThat(sent.order().toString()).doesNotContain(CARD_NUMBER)
                .contains(result.order().merchantTradeNo().value()).contains("10.00 USD");
        assertThat(sent.card().toString()).doesNotContain(CARD_NUMBER);
        assertThat(sent.checkout().toString()).doesNotContain(CARD_NUMBER).contains("ccStorageId=none");
    }

    @Test
    void the_3ds_page_and_stored_card_id_are_recorded() {
        platform.cpay.payByCard.answers(new DirectCardPaymentResult(Optional.of(new CpayOrderId("230303100653")),
                Optional.of(CardRedirect.page("<!DOCTYPE html><html></html>")), Optional.of("cc-77")));

        OrderSubmitted result = service.payByCardDirect(directCard("10", card()), card(), Examples.directCheckout());

        CardPaymentDetails details =
                (CardPaymentDetails) platform.orders.get(result.order().merchantTradeNo()).details();
        assertThat(payment(result).redirect()).contains(CardRedirect.page("<!DOCTYPE html><html></html>"));
        assertThat(result.order().cpayOrderId()).contains(new CpayOrderId("230303100653"));
        assertThat(result.order().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(details.redirect()).isEqualTo(payment(result).redirect());
        assertThat(details.ccStorageId()).contains("cc-77");
    }

    @Test
    void charging_a_stored_card_sends_its_id_but_never_shows_it() {
        CpayCardGateway.DirectCheckout stored = withOptionals(Examples.directCheckout(), "cc-77", null, null);

        service.payByCardDirect(directCard("10", card()), card(), stored);

        var request = platform.cpay.payByCard.lastRequest();
        assertThat(request.checkout().ccStorageId()).contains("cc-77");
        assertThat(request.checkout().storeCard()).isTrue();
        assertThat(request.checkout().toString()).doesNotContain("cc-77").contains("ccStorageId=present");
        assertThat(request.order().toString()).doesNotContain("cc-77");
    }

    @Test
    void an_answer_with_nothing_but_success_changes_nothing_but_the_details_time() {
        platform.cpay.payByCard.answers(new DirectCardPaymentResult(Optional.empty(), Optional.empty(),
                Optional.empty()));

        OrderSubmitted result = service.payByCardDirect(directCard("10", card()), card(), Examples.directCheckout());

        CardPaymentDetails details =
                (CardPaymentDetails) platform.orders.get(result.order().merchantTradeNo()).details();
        assertThat(result.order().cpayOrderId()).isEmpty();
        assertThat(payment(result).redirect()).isEmpty();
        assertThat(details.redirect()).isEmpty();
        assertThat(details.ccStorageId()).isEmpty();
    }

    @Test
    void a_payment_cpay_declines_is_closed_with_its_code() {
        platform.cpay.payByCard.rejects(90751015, "pay fail");

        OrderSubmitted result = service.payByCardDirect(directCard("10", card()), card(), Examples.directCheckout());

        assertThat(result.order().status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(payment(result).redirect()).isEmpty();
        assertThat(result.outcome()).isInstanceOfSatisfying(SubmissionOutcome.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo(90751015);
            assertThat(r.message()).contains("pay fail");
        });
        assertThat(platform.orders.get(result.order().merchantTradeNo()).status()).isEqualTo(OrderStatus.CLOSED);
    }

    @Test
    void an_expired_card_is_refused_before_anything_is_recorded() {
        platform.clock.set(Instant.parse("2031-01-01T00:00:00Z"));

        assertRefused(() -> service.payByCardDirect(directCard("10", card()), card(), Examples.directCheckout()),
                "expDate", "expired");
        assertThat(platform.orders.size()).isZero();
        assertThat(platform.cpay.payByCard.calls()).isZero();
    }

    @Test
    void a_card_is_valid_through_its_expiry_month() {
        platform.clock.set(Instant.parse("2030-12-31T23:00:00Z"));

        assertThat(service.payByCardDirect(directCard("10", card()), card(),
                Examples.directCheckout()).outcome().isAccepted()).isTrue();
    }

    @Test
    void a_direct_card_payment_is_in_usd_or_eur() {
        assertRefused(() -> order(CardAmount.roundDown("amount", "10", Asset.BRL)), "amount", "currency-not-supported");
        assertThat(order(CardAmount.roundDown("amount", "10", Asset.EUR)).details().amount().charged().asset())
                .isEqualTo(Asset.EUR);
    }

    @Test
    void a_direct_card_payment_needs_every_part() {
        assertRefusedWith(() -> NewOrder.directCard(null, null, null, null),
                "userId", "required", "amount", "required", "card", "required");
        assertRefusedWith(() -> new CpayCardGateway.DirectCheckout(null, null, null, null, false, null, null, null,
                        null),
                "cardholder", "required", "billingAddress", "required", "browser", "required", "products", "required");
        assertRefused(() -> checkout(List.of()), "products", "required");
        assertRefused(() -> checkout(Collections.nCopies(101, products().get(0))), "products", "max-size");
        assertThat(checkout(Collections.nCopies(100, products().get(0))).products()).hasSize(100);
    }

    @Test
    void optional_texts_of_a_direct_card_payment_are_bounded() {
        CpayCardGateway.DirectCheckout valid = Examples.directCheckout();
        assertRefused(() -> withOptionals(valid, "x".repeat(129), null, null), "ccStorageId", "max-length");
        assertRefused(() -> withOptionals(valid, null, "x".repeat(17), null), "language", "max-length");
        assertRefused(() -> withOptionals(valid, null, null, "x".repeat(17)), "payChannel", "max-length");
        CpayCardGateway.DirectCheckout blank = withOptionals(valid, " ", " ", " ");
        assertThat(blank.ccStorageId()).isEmpty();
        assertThat(blank.language()).isEmpty();
        assertThat(blank.payChannel()).isEmpty();
        CpayCardGateway.DirectCheckout full = withOptionals(valid, "cc-1", "en", "payChannel1");
        assertThat(full.ccStorageId()).contains("cc-1");
        assertThat(full.language()).contains("en");
        assertThat(full.payChannel()).contains("payChannel1");
    }

    @Test
    void the_new_order_never_shows_the_card() {
        NewOrder<CardPaymentDetails> order = directCard("10", card());

        assertThat(order.toString()).doesNotContain(CARD_NUMBER).doesNotContain("123").contains("10.00 USD")
                .contains("411111******1111");
        assertThat(order.merchantTradeNo()).isEmpty();
    }

    @Test
    void a_card_other_than_the_one_the_order_holds_is_never_charged() {
        CardData other = CardData.of("5555555555554444", "123", "12/30");

        assertThatThrownBy(() -> service.payByCardDirect(directCard("10", card()), other, Examples.directCheckout()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(platform.orders.size()).isZero();
        assertThat(platform.cpay.payByCard.calls()).isZero();
    }

    private static CpayCardGateway.DirectCheckout withOptionals(CpayCardGateway.DirectCheckout c, String ccStorageId,
                                                                String language, String payChannel) {
        return new CpayCardGateway.DirectCheckout(c.cardholder(), c.billingAddress(), c.browser(), c.products(), true,
                Optional.ofNullable(ccStorageId), Optional.ofNullable(language), Optional.ofNullable(payChannel),
                c.urls());
    }

    private static NewOrder<CardPaymentDetails> order(RoundedCardAmount amount) {
        return NewOrder.directCard(Optional.empty(), USER, amount, card().maskedPan());
    }

    private static CpayCardGateway.DirectCheckout checkout(List<ProductLine> products) {
        CpayCardGateway.DirectCheckout c = Examples.directCheckout();
        return new CpayCardGateway.DirectCheckout(c.cardholder(), c.billingAddress(), c.browser(), products, false,
                Optional.empty(), Optional.empty(), Optional.empty(), null);
    }

    @Test
    void card_data_is_checked_without_ever_echoing_it() {
        assertRefused(() -> CardData.of("4111111111111112", "123", "12/30"), "cardNumber", "luhn");
        assertRefused(() -> CardData.of("4111", "123", "12/30"), "cardNumber", "pattern");
        assertRefused(() -> CardData.of(CARD_NUMBER, "12", "12/30"), "cvv", "pattern");
        assertRefused(() -> CardData.of(CARD_NUMBER, "", "12/30"), "cvv", "required");
        assertRefused(() -> CardData.of(CARD_NUMBER, null, "12/30"), "cvv", "required");
        assertRefused(() -> CardData.of(CARD_NUMBER, "123", "13/30"), "expDate", "pattern");
        assertRefused(() -> CardData.of(CARD_NUMBER, "123", "00/30"), "expDate", "pattern");
        assertRefused(() -> CardData.of(CARD_NUMBER, "123", null), "expDate", "required");
        assertRefused(() -> CardData.of(CARD_NUMBER, "123", " "), "expDate", "required");
        assertRefused(() -> new CardData(CARD_NUMBER, "123", null), "expDate", "required");
        assertRefusedWith(() -> CardData.of("4111111111111112", "1", "1/30"),
                "cardNumber", "luhn", "cvv", "pattern", "expDate", "pattern");
        try {
            CardData.of("4111111111111112", "9876", "12/30");
        } catch (RuntimeException e) {
            assertThat(e.getMessage()).doesNotContain("4111111111111112").doesNotContain("9876");
        }
    }

    @Test
    void card_data_reads_spaced_numbers_and_mm_yy() {
        CardData data = CardData.of("4111 1111-1111 1111", "1234", "01/27");

        assertThat(data.number()).isEqualTo(CARD_NUMBER);
        assertThat(data.expDate()).isEqualTo("01/27");
        assertThat(data.expiry().getYear()).isEqualTo(2027);
        assertThat(data.toString()).isEqualTo("CardData[hidden]");
        assertThat(data.maskedPan().value()).isEqualTo("411111******1111");
        assertThat(CardData.of("5555555555554444", "123", "12/30").number()).isEqualTo("5555555555554444");
        assertThat(CardData.of("378282246310005", "1234", "12/30").number()).isEqualTo("378282246310005");
    }

    @Test
    void rounding_nothing_off_is_reported_as_not_rounded() {
        OrderSubmitted result = service.payByCardDirect(directCard("1.52", card()), card(), Examples.directCheckout());

        assertThat(payment(result).amount().wasRounded()).isFalse();
        assertThat(payment(result).amount().roundedOff()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    /** The direct card payment's details, as the use case returned the order. */
    private static CardPaymentDetails payment(OrderSubmitted result) {
        return (CardPaymentDetails) result.order().details();
    }
}
