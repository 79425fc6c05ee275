package com.cpay.platform.domain.exchange;

import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.USER;
import static com.cpay.platform.domain.fake.Examples.exchange;
import static com.cpay.platform.domain.fake.Examples.usdt;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.quote.model.ExchangeResult;
import com.cpay.platform.domain.shared.CpayOrderId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExchangeServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final ExchangeService service = platform.exchange();

    @Test
    void an_exchange_cpay_performs_is_completed_with_the_amounts_it_reported() {
        ExchangeResult cpayResult = ExchangeResult.of(Asset.BTC, "0.997", "40000.000000", "0.003");
        platform.cpay.exchange.answers(new ExchangeAccepted(cpayResult, Optional.of(new CpayOrderId("x-1"))));

        OrderSubmitted result = service.exchange(exchange("40000"));

        assertThat(result.order().status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(((ExchangeDetails) result.order().details()).result()).contains(cpayResult);
        assertThat(result.answered().receivedAmount()).contains(Money.parse("a", "0.997", Asset.BTC));
        assertThat(result.order().cpayOrderId()).contains(new CpayOrderId("x-1"));
        Order stored = platform.orders.get(result.order().merchantTradeNo());
        assertThat(stored.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(stored.reportedAmounts().receivedAmount()).contains(Money.parse("a", "0.997", Asset.BTC));
        assertThat(stored.reportedAmounts().fee()).contains(Money.parse("a", "0.003", Asset.BTC));
        assertThat(((ExchangeDetails) stored.details()).result()).contains(cpayResult);
        Order sent = platform.cpay.exchange.lastRequest();
        ExchangeDetails sentDetails = (ExchangeDetails) sent.details();
        assertThat(sentDetails.sourceAmount()).isEqualTo(usdt("40000"));
        assertThat(sentDetails.targetCurrency()).isEqualTo(Asset.BTC);
        assertThat(sent.userId()).isEqualTo(USER);
        assertThat(sent.merchantTradeNo()).isEqualTo(result.order().merchantTradeNo());
        assertThat(sent.createdAt()).isEqualTo(platform.clock.instant());
    }

    @Test
    void an_exchange_into_another_currency_than_asked_is_flagged_for_review() {
        platform.cpay.exchange.answers(new ExchangeAccepted(ExchangeResult.of(Asset.ETH, "1", "2000", "0"),
                Optional.empty()));

        OrderSubmitted result = service.exchange(exchange("10"));

        Order stored = platform.orders.get(result.order().merchantTradeNo());
        assertThat(stored.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(stored.reportedAmounts().isEmpty()).isTrue();
        assertThat(stored.needsReview()).isTrue();
        assertThat(stored.reviewNotes().get(0).detail()).contains("ETH").contains("BTC");
        assertThat(((ExchangeDetails) stored.details()).result()).isEmpty();
        // what C-Pay did is not lost: its amounts come back with the order, and the note names the rate
        assertThat(result.order().reviewNotes().get(0).detail()).contains("1.00000000 ETH").contains("rate 2000")
                .contains("fee 0.00000000 ETH");
        assertThat(result.answered().receivedAmount()).contains(Money.parse("a", "1", Asset.ETH));
        assertThat(result.answered().fee()).contains(Money.parse("a", "0", Asset.ETH));
    }

    @Test
    void an_exchange_cpay_refuses_is_closed_without_a_result() {
        platform.cpay.exchange.rejects(1, "rate expired");

        OrderSubmitted result = service.exchange(exchange("10"));

        assertThat(result.order().status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(((ExchangeDetails) result.order().details()).result()).isEmpty();
        assertThat(result.answered().isEmpty()).isTrue();
    }

    @Test
    void an_exchange_needs_a_positive_amount_and_another_target_currency() {
        assertRefused(() -> NewOrder.exchange(null, USER, usdt("10"), Asset.USDT), "targetCurrency",
                "same-currency");
        assertRefused(() -> NewOrder.exchange(null, USER, usdt("0"), Asset.BTC), "sourceAmount", "positive");
        assertRefusedWith(() -> NewOrder.exchange(null, null, null, null),
                "userId", "required", "sourceAmount", "required", "targetCurrency", "required");
        assertThat(NewOrder.exchange(null, USER, usdt("1"), Asset.BTC).merchantTradeNo()).isEmpty();
        assertRefused(() -> NewOrder.exchange(null, USER, null, Asset.BTC), "sourceAmount", "required");
    }
}
