package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.TRON_ADDRESS;
import static com.cpay.platform.domain.fake.Examples.USER;
import static com.cpay.platform.domain.fake.Examples.cryptoPayout;
import static com.cpay.platform.domain.fake.Examples.usdt;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.order.OrderUrls;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestCryptoPayoutServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final RequestCryptoPayoutService service = platform.requestCryptoPayout();

    @Test
    void a_crypto_payout_is_sent_to_the_address_and_recorded_processing() {
        OrderSubmitted result = service.requestCryptoPayout(cryptoPayout("66.12345678", "66"), Examples.callback());

        var request = platform.cpay.cryptoPayout.lastRequest();
        assertThat(request.details().toAddress()).isEqualTo(TRON_ADDRESS);
        assertThat(request.details().amounts().totalAmount()).isEqualTo(usdt("66.12345678"));
        assertThat(request.order().merchantTradeNo()).isEqualTo(result.order().merchantTradeNo());
        assertThat(request.order().userId()).isEqualTo(USER);
        assertThat(request.urls()).isEqualTo(Examples.callback());
        assertThat(request.order().createdAt()).isEqualTo(platform.clock.instant());
        assertThat(result.order().status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(result.answered().fee()).contains(usdt("0.12345678"));
        var stored = platform.orders.get(result.order().merchantTradeNo());
        assertThat(stored.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(stored.reportedAmounts().orderAmount()).contains(usdt("66.12345678"));
        assertThat(((CryptoPayoutDetails) stored.details()).network()).isEqualTo(Network.TRON);
    }

    @Test
    void a_withdraw_answer_with_only_a_fee_reports_the_fee_and_stays_pending() {
        platform.cpay.cryptoPayout.answers(new PayoutAccepted(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(usdt("0.0123"))));

        OrderSubmitted result = service.requestCryptoPayout(cryptoPayout("10", "9"), Examples.callback());

        assertThat(result.order().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(result.answered().fee()).contains(usdt("0.0123"));
        assertThat(result.order().cpayOrderId()).isEmpty();
    }

    @Test
    void a_payout_whose_outcome_is_unknown_stays_pending_for_reconciliation() {
        platform.cpay.cryptoPayout.timesOut();

        OrderSubmitted result = service.requestCryptoPayout(cryptoPayout("10", "9"), Examples.callback());

        assertThat(result.outcome()).isInstanceOf(SubmissionOutcome.Unconfirmed.class);
        assertThat(result.order().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(result.answered().isEmpty()).isTrue();
        assertThat(platform.cpay.cryptoPayout.calls()).isEqualTo(1);
    }

    @Test
    void a_payout_cpay_refuses_is_closed() {
        platform.cpay.cryptoPayout.rejects(1, "insufficient balance");

        OrderSubmitted result = service.requestCryptoPayout(cryptoPayout("10", "9"), Examples.callback());

        assertThat(result.order().status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(platform.orders.get(result.order().merchantTradeNo()).status()).isEqualTo(OrderStatus.CLOSED);
    }

    @Test
    void a_crypto_payout_takes_only_a_callback_url() {
        OrderUrls pages = new OrderUrls(Optional.empty(), Optional.of(URI.create("https://shop.example/ok")),
                Optional.of(URI.create("https://shop.example/ko")));

        assertRefusedWith(() -> service.requestCryptoPayout(NewOrder.cryptoPayout(null, USER,
                        new CryptoAddress(Network.TRON, TRON_ADDRESS), CryptoPayoutAmounts.of("1", "1", Asset.USDT)),
                        pages),
                "successUrl", "not-supported", "failUrl", "not-supported");
        assertThat(platform.orders.size()).isZero();
        assertThat(platform.cpay.cryptoPayout.calls()).isZero();
    }

    @Test
    void a_crypto_payout_needs_user_address_and_amounts() {
        assertRefusedWith(() -> NewOrder.cryptoPayout(null, null, null, null),
                "userId", "required", "toAddress", "required", "amounts", "required");
        assertRefused(() -> NewOrder.cryptoPayout(null, USER, new CryptoAddress(Network.TRON, TRON_ADDRESS), null),
                "amounts", "required");
        assertThat(cryptoPayout("1", "1").merchantTradeNo()).isEmpty();
    }
}
