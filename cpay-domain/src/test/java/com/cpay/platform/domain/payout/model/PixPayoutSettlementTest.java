package com.cpay.platform.domain.payout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.ConflictException;
import org.junit.jupiter.api.Test;

class PixPayoutSettlementTest {

    private static Money brl(String text) {
        return Money.parseSigned("amount", text, Asset.BRL);
    }

    @Test
    void the_documented_answer_adds_up() {
        var s = new PixPayoutSettlement(brl("5.5"), brl("5"), brl("0.5"));
        assertThat(s.orderAmount()).isEqualTo(brl("5.5"));
        assertThat(s.receivedAmount()).isEqualTo(brl("5"));
        assertThat(s.fee()).isEqualTo(brl("0.5"));
    }

    @Test
    void a_payout_without_fee_adds_up() {
        assertThat(new PixPayoutSettlement(brl("5"), brl("5"), brl("0")).fee().isZero()).isTrue();
    }

    @Test
    void an_answer_that_does_not_add_up_is_a_conflict_naming_the_three_amounts() {
        assertThatThrownBy(() -> new PixPayoutSettlement(brl("5.5"), brl("5"), brl("0.4")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("do not add up")
                .hasMessageContaining("orderAmount 5.50 BRL")
                .hasMessageContaining("receivedAmount 5.00 BRL")
                .hasMessageContaining("fee 0.40 BRL");
        assertThatThrownBy(() -> new PixPayoutSettlement(brl("5.4"), brl("5"), brl("0.5")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void an_answer_in_mixed_currencies_is_a_conflict() {
        Money usd = Money.parse("fee", "0.5", Asset.USD);
        assertThatThrownBy(() -> new PixPayoutSettlement(brl("5.5"), brl("5"), usd))
                .isInstanceOf(ConflictException.class).hasMessageContaining("one currency");
        assertThatThrownBy(() -> new PixPayoutSettlement(brl("5.5"), Money.parse("r", "5", Asset.USD), brl("0.5")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("one currency");
    }

    @Test
    void an_answer_with_a_negative_fee_or_payout_is_a_conflict() {
        assertThatThrownBy(() -> new PixPayoutSettlement(brl("4.5"), brl("5"), brl("-0.5")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> new PixPayoutSettlement(brl("0.5"), brl("-1"), brl("1.5")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("negative");
    }

    @Test
    void the_user_must_receive_the_amount_requested() {
        var s = new PixPayoutSettlement(brl("5.5"), brl("5"), brl("0.5"));
        assertThat(s.confirmReceived(brl("5.00"))).isSameAs(s);
        assertThatThrownBy(() -> s.confirmReceived(brl("5.5")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("C-Pay reported receivedAmount 5.00 BRL for a PIX payout of 5.50 BRL");
    }

    @Test
    void all_three_amounts_are_needed() {
        assertThatThrownBy(() -> new PixPayoutSettlement(null, brl("5"), brl("0")))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PixPayoutSettlement(brl("5"), null, brl("0")))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PixPayoutSettlement(brl("5"), brl("5"), null))
                .isInstanceOf(NullPointerException.class);
    }
}
