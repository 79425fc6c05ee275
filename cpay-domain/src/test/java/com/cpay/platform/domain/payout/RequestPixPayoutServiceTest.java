package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.USER;
import static com.cpay.platform.domain.fake.Examples.brl;
import static com.cpay.platform.domain.fake.Examples.pixPayout;
import static com.cpay.platform.domain.fake.Examples.pixTerms;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.fake.FakeCpayGateway;
import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.shared.CpayOrderId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestPixPayoutServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final RequestPixPayoutService service = platform.requestPixPayout();

    @Test
    void a_pix_payout_whose_amounts_add_up_is_recorded_with_its_settlement() {
        OrderSubmitted result = service.requestPixPayout(pixPayout("5"), OrderUrls.none(), Examples.PIX_REMARK);

        assertThat(result.outcome().isAccepted()).isTrue();
        assertThat(result.order().needsReview()).isFalse();
        assertThat(result.order().reviewNotes()).isEmpty();
        assertThat(result.order().reportedAmounts().orderAmount()).contains(brl("5.5"));
        assertThat(result.order().reportedAmounts().receivedAmount()).contains(brl("5"));
        assertThat(result.order().reportedAmounts().fee()).contains(FakeCpayGateway.PIX_FEE);
        assertThat(result.answered()).isEqualTo(result.order().reportedAmounts());
        assertThat(result.order().status()).isEqualTo(OrderStatus.PROCESSING);
        Order stored = platform.orders.get(result.order().merchantTradeNo());
        assertThat(stored.needsReview()).isFalse();
        assertThat(stored.reportedAmounts().orderAmount()).contains(brl("5.5"));
        var request = platform.cpay.pixPayout.lastRequest();
        assertThat(request.details().terms()).isEqualTo(pixTerms("5"));
        assertThat(request.remark()).contains("salary");
        assertThat(request.order().toString()).doesNotContain(Examples.CPF).contains("5.00 BRL").contains("CPF_CNPJ")
                .contains(result.order().merchantTradeNo().value());
    }

    @Test
    void a_pix_payout_whose_amounts_do_not_add_up_is_flagged_for_review() {
        platform.cpay.pixPayout.answers(answer("5.6", "5", "0.5"));

        OrderSubmitted result = service.requestPixPayout(pixPayout("5"), OrderUrls.none(), Examples.PIX_REMARK);

        assertAmountsFlagged(result, "do not add up");
        Order stored = platform.orders.get(result.order().merchantTradeNo());
        assertThat(stored.needsReview()).isTrue();
        assertThat(stored.reviewNotes()).singleElement()
                .satisfies(n -> assertThat(n.reason()).isEqualTo(ReviewReason.AMOUNT_MISMATCH));
        assertThat(stored.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(stored.reportedAmounts().orderAmount()).contains(brl("5.6"));
    }

    @Test
    void a_pix_payout_paying_another_amount_than_asked_is_flagged_for_review() {
        platform.cpay.pixPayout.answers(answer("4.5", "4", "0.5"));

        OrderSubmitted result = service.requestPixPayout(pixPayout("5"), OrderUrls.none(), Examples.PIX_REMARK);

        assertAmountsFlagged(result, "receivedAmount");
        assertThat(platform.orders.get(result.order().merchantTradeNo()).needsReview()).isTrue();
    }

    @Test
    void a_pix_payout_answer_missing_an_amount_is_flagged_because_the_fee_cannot_be_checked() {
        platform.cpay.pixPayout.answers(new PayoutAccepted(Optional.of(new CpayOrderId("c-1")),
                Optional.of(StatusCode.of("11")), Optional.of(brl("5.5")), Optional.of(brl("5")), Optional.empty()));

        OrderSubmitted result = service.requestPixPayout(pixPayout("5"), OrderUrls.none(), Examples.PIX_REMARK);

        assertAmountsFlagged(result, "lacks");
        assertThat(platform.orders.get(result.order().merchantTradeNo()).needsReview()).isTrue();
    }

    @Test
    void each_missing_amount_is_caught() {
        PayoutAccepted noOrderAmount = new PayoutAccepted(null, Optional.of(StatusCode.of("11")), Optional.empty(),
                Optional.of(brl("5")), Optional.of(brl("0.5")));
        PayoutAccepted noReceived = new PayoutAccepted(null, Optional.of(StatusCode.of("11")), Optional.of(brl("5.5")),
                Optional.empty(), Optional.of(brl("0.5")));

        platform.cpay.pixPayout.answers(noOrderAmount);
        assertAmountsFlagged(service.requestPixPayout(pixPayout("5"), OrderUrls.none(), Examples.PIX_REMARK), "lacks");
        platform.cpay.pixPayout.answers(noReceived);
        assertAmountsFlagged(service.requestPixPayout(pixPayout("5"), OrderUrls.none(), Examples.PIX_REMARK), "lacks");
    }

    @Test
    void a_pix_payout_cpay_refuses_is_closed_and_not_checked() {
        platform.cpay.pixPayout.rejects(1, "invalid account");

        OrderSubmitted result = service.requestPixPayout(pixPayout("5"), OrderUrls.none(), Examples.PIX_REMARK);

        assertThat(result.order().status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(result.order().needsReview()).isFalse();
        assertThat(result.outcome()).isInstanceOf(SubmissionOutcome.Rejected.class);
    }

    @Test
    void a_pix_payout_needs_a_user_and_terms_and_a_short_remark() {
        assertRefusedWith(() -> NewOrder.pixPayout(null, null, null), "userId", "required", "terms", "required");
        assertRefused(() -> service.requestPixPayout(pixPayout("5"), null, Optional.of("r".repeat(257))),
                "remark", "max-length");
        assertThat(platform.orders.size()).isZero();
        assertThat(platform.cpay.pixPayout.calls()).isZero();
        service.requestPixPayout(pixPayout("5"), null, Optional.of("r".repeat(256)));
        assertThat(platform.cpay.pixPayout.lastRequest().remark()).isPresent();
        service.requestPixPayout(pixPayout("5"), null, Optional.of("  "));
        assertThat(platform.cpay.pixPayout.lastRequest().remark()).isEmpty();
    }

    private static PayoutAccepted answer(String order, String received, String fee) {
        return new PayoutAccepted(Optional.of(new CpayOrderId("23031008544224390")), Optional.of(StatusCode.of("11")),
                Optional.of(brl(order)), Optional.of(brl(received)), Optional.of(brl(fee)));
    }

    /** The returned order is flagged because of its amounts, with a note saying why. */
    private static void assertAmountsFlagged(OrderSubmitted result, String why) {
        assertThat(result.order().needsReview()).isTrue();
        assertThat(result.order().reviewNotes()).anySatisfy(note -> {
            assertThat(note.reason()).isEqualTo(ReviewReason.AMOUNT_MISMATCH);
            assertThat(note.detail()).contains(why);
        });
    }
}
