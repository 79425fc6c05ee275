package com.cpay.platform.domain.payout;

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
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.shared.CpayOrderId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestPixPayoutServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final RequestPixPayoutService service = platform.requestPixPayout();

    @Test
    void a_pix_payout_whose_amounts_add_up_is_recorded_with_its_settlement() {
        RequestPixPayoutResult result = service.requestPixPayout(pixPayout("5"));

        assertThat(result.submission().isAccepted()).isTrue();
        assertThat(result.needsReview()).isFalse();
        assertThat(result.reviewDetail()).isEmpty();
        assertThat(result.settlement()).hasValueSatisfying(s -> {
            assertThat(s.orderAmount()).isEqualTo(brl("5.5"));
            assertThat(s.fee()).isEqualTo(FakeCpayGateway.PIX_FEE);
        });
        assertThat(result.status()).isEqualTo(OrderStatus.PROCESSING);
        Order stored = platform.orders.get(result.merchantTradeNo());
        assertThat(stored.needsReview()).isFalse();
        assertThat(stored.reportedAmounts().orderAmount()).contains(brl("5.5"));
        var request = platform.cpay.pixPayout.lastRequest();
        assertThat(request.terms()).isEqualTo(pixTerms("5"));
        assertThat(request.remark()).contains("salary");
        assertThat(request.toString()).doesNotContain(Examples.CPF).contains("5.00 BRL").contains("CPF_CNPJ")
                .contains(result.merchantTradeNo().value());
    }

    @Test
    void a_pix_payout_whose_amounts_do_not_add_up_is_flagged_for_review() {
        platform.cpay.pixPayout.answers(answer("5.6", "5", "0.5"));

        RequestPixPayoutResult result = service.requestPixPayout(pixPayout("5"));

        assertThat(result.needsReview()).isTrue();
        assertThat(result.settlement()).isEmpty();
        assertThat(result.reviewDetail()).hasValueSatisfying(d -> assertThat(d).contains("do not add up"));
        Order stored = platform.orders.get(result.merchantTradeNo());
        assertThat(stored.needsReview()).isTrue();
        assertThat(stored.reviewNotes()).singleElement()
                .satisfies(n -> assertThat(n.reason()).isEqualTo(ReviewReason.AMOUNT_MISMATCH));
        assertThat(stored.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(stored.reportedAmounts().orderAmount()).contains(brl("5.6"));
    }

    @Test
    void a_pix_payout_paying_another_amount_than_asked_is_flagged_for_review() {
        platform.cpay.pixPayout.answers(answer("4.5", "4", "0.5"));

        RequestPixPayoutResult result = service.requestPixPayout(pixPayout("5"));

        assertThat(result.needsReview()).isTrue();
        assertThat(result.reviewDetail()).hasValueSatisfying(d -> assertThat(d).contains("receivedAmount"));
        assertThat(platform.orders.get(result.merchantTradeNo()).needsReview()).isTrue();
    }

    @Test
    void a_pix_payout_answer_missing_an_amount_is_flagged_because_the_fee_cannot_be_checked() {
        platform.cpay.pixPayout.answers(new PayoutAccepted(Optional.of(new CpayOrderId("c-1")),
                Optional.of(StatusCode.of("11")), Optional.of(brl("5.5")), Optional.of(brl("5")), Optional.empty()));

        RequestPixPayoutResult result = service.requestPixPayout(pixPayout("5"));

        assertThat(result.needsReview()).isTrue();
        assertThat(result.reviewDetail()).hasValueSatisfying(d -> assertThat(d).contains("lacks"));
        assertThat(platform.orders.get(result.merchantTradeNo()).needsReview()).isTrue();
    }

    @Test
    void each_missing_amount_is_caught() {
        PayoutAccepted noOrderAmount = new PayoutAccepted(null, Optional.of(StatusCode.of("11")), Optional.empty(),
                Optional.of(brl("5")), Optional.of(brl("0.5")));
        PayoutAccepted noReceived = new PayoutAccepted(null, Optional.of(StatusCode.of("11")), Optional.of(brl("5.5")),
                Optional.empty(), Optional.of(brl("0.5")));

        platform.cpay.pixPayout.answers(noOrderAmount);
        assertThat(service.requestPixPayout(pixPayout("5")).needsReview()).isTrue();
        platform.cpay.pixPayout.answers(noReceived);
        assertThat(service.requestPixPayout(pixPayout("5")).needsReview()).isTrue();
    }

    @Test
    void a_pix_payout_cpay_refuses_is_closed_and_not_checked() {
        platform.cpay.pixPayout.rejects(1, "invalid account");

        RequestPixPayoutResult result = service.requestPixPayout(pixPayout("5"));

        assertThat(result.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(result.needsReview()).isFalse();
        assertThat(result.submission()).isInstanceOf(SubmissionOutcome.Rejected.class);
    }

    @Test
    void a_pix_payout_needs_a_user_and_terms_and_a_short_remark() {
        assertRefusedWith(() -> new RequestPixPayoutCommand(null, null, null, null, null),
                "userId", "required", "terms", "required");
        assertRefused(() -> new RequestPixPayoutCommand(null, USER, pixTerms("5"), null,
                Optional.of("r".repeat(257))), "remark", "max-length");
        assertThat(new RequestPixPayoutCommand(null, USER, pixTerms("5"), null, Optional.of("r".repeat(256)))
                .remark()).isPresent();
        assertThat(new RequestPixPayoutCommand(null, USER, pixTerms("5"), null, Optional.of("  ")).remark())
                .isEmpty();
    }

    private static PayoutAccepted answer(String order, String received, String fee) {
        return new PayoutAccepted(Optional.of(new CpayOrderId("23031008544224390")), Optional.of(StatusCode.of("11")),
                Optional.of(brl(order)), Optional.of(brl(received)), Optional.of(brl(fee)));
    }
}
