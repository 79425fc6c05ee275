package com.cpay.platform.domain.card;

import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.USER;
import static com.cpay.platform.domain.fake.Examples.hostedCard;
import static com.cpay.platform.domain.fake.Examples.products;
import static com.cpay.platform.domain.fake.Examples.usd;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.HostedCardDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.shared.CpayOrderId;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayByCardHostedServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final PayByCardHostedService service = platform.payByCardHosted();

    @Test
    void a_hosted_card_payment_returns_the_payment_page_and_records_it() {
        OrderSubmitted result = service.payByCardHosted(hostedCard(usd("2")), Examples.hostedCheckout());

        Order stored = platform.orders.get(result.order().merchantTradeNo());
        assertThat(result.outcome().isAccepted()).isTrue();
        assertThat(((HostedCardDetails) result.order().details()).cashierUrl())
                .contains("https://gw.example/paymentPage/" + result.order().merchantTradeNo());
        assertThat(result.order().cpayOrderId()).contains(new CpayOrderId("cpay-1"));
        assertThat(result.order().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(((HostedCardDetails) stored.details()).cashierUrl())
                .isEqualTo(((HostedCardDetails) result.order().details()).cashierUrl());
        assertThat(stored.requestedAmount()).contains(usd("2"));
        var request = platform.cpay.hostedCard.lastRequest();
        assertThat(request.checkout().products()).isEqualTo(products());
        assertThat(request.checkout().country()).isEqualTo("BR");
        assertThat(request.checkout().email()).isEqualTo("buyer@example.com");
        assertThat(request.checkout().ip()).isEqualTo("203.0.113.7");
        assertThat(request.checkout().language()).contains("en-US");
        assertThat(request.order().createdAt()).isEqualTo(platform.clock.instant());
    }

    @Test
    void a_card_order_cpay_closes_at_once_is_recorded_closed_with_its_amounts() {
        ReportedAmounts amounts = ReportedAmounts.of(usd("0"), usd("0"), usd("0"));
        platform.cpay.hostedCard.answers(new HostedCardOrder(new CpayOrderId("221108101212238310014"),
                Optional.of("https://gw2.mcpayment.net/api/v6/paymentPage/B4"), Optional.of(StatusCode.of("15")),
                amounts, Optional.of("e344e3a24ea4163c5b86482165e41d6ecad8db874750ec34ac474b78a153a933")));

        OrderSubmitted result = service.payByCardHosted(hostedCard(usd("2")), Examples.hostedCheckout());

        Order stored = platform.orders.get(result.order().merchantTradeNo());
        assertThat(result.order().status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(stored.reportedAmounts()).isEqualTo(amounts);
    }

    @Test
    void an_answer_without_a_payment_page_keeps_none() {
        platform.cpay.hostedCard.answers(new HostedCardOrder(new CpayOrderId("c-1"), Optional.of(" "),
                Optional.empty(), null, Optional.empty()));

        OrderSubmitted result = service.payByCardHosted(hostedCard(usd("2")), Examples.hostedCheckout());

        assertThat(((HostedCardDetails) result.order().details()).cashierUrl()).isEmpty();
        assertThat(result.order().cpayOrderId()).contains(new CpayOrderId("c-1"));
    }

    @Test
    void a_card_order_cpay_refuses_is_closed() {
        platform.cpay.hostedCard.rejects(1, "currency not supported");

        OrderSubmitted result = service.payByCardHosted(hostedCard(Money.parse("a", "10", Asset.BRL)),
                Examples.hostedCheckout());

        assertThat(result.order().status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(((HostedCardDetails) result.order().details()).cashierUrl()).isEmpty();
        assertThat(result.outcome()).isInstanceOf(SubmissionOutcome.Rejected.class);
    }

    @Test
    void a_hosted_card_payment_is_in_usd_eur_or_brl_and_positive() {
        assertRefused(() -> hostedCard(Money.parse("a", "1", Asset.USDT)), "amount", "currency-not-supported");
        assertRefused(() -> hostedCard(usd("0")), "amount", "positive");
        assertRefused(() -> NewOrder.hostedCard(Optional.empty(), USER, null), "amount", "required");
    }

    @Test
    void a_hosted_card_payment_needs_products_country_email_and_ip() {
        assertRefused(() -> checkout(List.of(), "BR", "a@b.co", "1.2.3.4", null), "products", "required");
        assertRefused(() -> checkout(null, "BR", "a@b.co", "1.2.3.4", null), "products", "required");
        assertRefused(() -> checkout(Collections.nCopies(101, products().get(0)), "BR", "a@b.co",
                "1.2.3.4", null), "products", "max-size");
        assertThat(checkout(Collections.nCopies(100, products().get(0)), "BR", "a@b.co", "1.2.3.4", null)
                .products()).hasSize(100);
        assertRefused(() -> checkout(products(), " ", "a@b.co", "1.2.3.4", null), "country", "required");
        assertRefused(() -> checkout(products(), "XX", "a@b.co", "1.2.3.4", null), "country",
                "iso-country");
        assertRefused(() -> checkout(products(), "BR", null, "1.2.3.4", null), "email", "required");
        assertRefused(() -> checkout(products(), "BR", "not-an-email", "1.2.3.4", null), "email", "email");
        assertRefused(() -> checkout(products(), "BR", "a@b.co", "1.2.3", null), "ip", "ip-address");
        assertThat(checkout(products(), "BR", "a@b.co", "2001:db8::1", null).ip()).isEqualTo("2001:db8::1");
    }

    @Test
    void the_payment_page_speaks_english_or_russian() {
        assertRefused(() -> checkout(products(), "BR", "a@b.co", "1.2.3.4", "pt-BR"), "language",
                "unknown-language");
        assertThat(checkout(products(), "BR", "a@b.co", "1.2.3.4", "ru-RU").language()).contains("ru-RU");
        assertThat(checkout(products(), "BR", "a@b.co", "1.2.3.4", null).language()).isEmpty();
    }

    @Test
    void a_hosted_card_payment_needs_a_user() {
        assertRefused(() -> NewOrder.hostedCard(null, null, usd("1")), "userId", "required");
    }

    @Test
    void a_card_order_passes_its_ext_info_to_cpay_as_given() {
        String extInfo = "{\"cartId\":\"c-78\"}";

        service.payByCardHosted(hostedCard(usd("2")), withExtInfo(Optional.of(extInfo)));

        assertThat(platform.cpay.hostedCard.lastRequest().checkout().extInfo()).contains(extInfo);
    }

    @Test
    void a_card_order_without_ext_info_or_with_an_empty_one_sends_none() {
        service.payByCardHosted(hostedCard(usd("2")), Examples.hostedCheckout());
        service.payByCardHosted(hostedCard(usd("2")), withExtInfo(Optional.of("")));
        service.payByCardHosted(hostedCard(usd("2")), withExtInfo(null));

        assertThat(platform.cpay.hostedCard.requests()).extracting(r -> r.checkout().extInfo())
                .containsExactly(Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void a_card_order_with_ext_info_that_is_no_json_object_is_refused_with_every_other_problem() {
        assertRefused(() -> withExtInfo(Optional.of("\"text\"")), "extInfo", "json-object");
        assertRefused(() -> withExtInfo(Optional.of("{\"a\":\n1}")), "extInfo", "control-character");
        assertRefusedWith(() -> new CpayCardGateway.HostedCheckout(products(), "XX", "a@b.co", "1.2.3.4",
                Optional.empty(), null, Optional.of("{")), "country", "iso-country",
                "extInfo", "json-object");
        assertThat(platform.cpay.hostedCard.calls()).isZero();
    }

    private static CpayCardGateway.HostedCheckout withExtInfo(Optional<String> extInfo) {
        return new CpayCardGateway.HostedCheckout(products(), "BR", "buyer@example.com", "203.0.113.7",
                Optional.of("en-US"), null, extInfo);
    }

    private static CpayCardGateway.HostedCheckout checkout(List<ProductLine> products, String country, String email,
                                                           String ip, String language) {
        return new CpayCardGateway.HostedCheckout(products, country, email, ip, Optional.ofNullable(language), null);
    }
}
