package com.cpay.platform.domain.order;

import static com.cpay.platform.domain.order.OrderFixtures.amounts;
import static com.cpay.platform.domain.order.OrderFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportedAmountsTest {

    @Test
    void each_amount_is_found_under_its_own_name() {
        ReportedAmounts all = ReportedAmounts.none()
                .with(AmountKind.ORDER_AMOUNT, usdt("1"))
                .with(AmountKind.ACTUAL_AMOUNT, usdt("2"))
                .with(AmountKind.RECEIVED_AMOUNT, usdt("3"))
                .with(AmountKind.FEE, usdt("4"))
                .with(AmountKind.PLEDGE_AMOUNT, usdt("5"));

        assertThat(all.orderAmount()).contains(usdt("1"));
        assertThat(all.actualAmount()).contains(usdt("2"));
        assertThat(all.receivedAmount()).contains(usdt("3"));
        assertThat(all.fee()).contains(usdt("4"));
        assertThat(all.pledgeAmount()).contains(usdt("5"));
        assertThat(all.isEmpty()).isFalse();
        assertThat(ReportedAmounts.none().isEmpty()).isTrue();
        assertThat(ReportedAmounts.none().fee()).isEmpty();
    }

    @Test
    void an_amount_that_was_not_reported_leaves_the_others_as_they_are() {
        assertThat(amounts("1", "1", "0").with(AmountKind.FEE, null)).isEqualTo(amounts("1", "1", "0"));
    }

    @Test
    void newer_amounts_laid_over_recorded_ones_win_and_the_rest_stays() {
        ReportedAmounts recorded = amounts("10", "9", "1");
        ReportedAmounts newer = ReportedAmounts.none().with(AmountKind.FEE, usdt("2"));

        assertThat(newer.over(recorded)).isEqualTo(amounts("10", "9", "2"));
    }

    @Test
    void only_an_amount_reported_on_both_sides_with_another_value_contradicts() {
        ReportedAmounts recorded = ReportedAmounts.none().with(AmountKind.FEE, usdt("1"));

        assertThat(ReportedAmounts.none().with(AmountKind.FEE, usdt("2")).contradicts(recorded)).isTrue();
        assertThat(ReportedAmounts.none().with(AmountKind.FEE, usdt("1")).contradicts(recorded)).isFalse();
        assertThat(ReportedAmounts.none().with(AmountKind.ACTUAL_AMOUNT, usdt("2")).contradicts(recorded)).isFalse();
    }

    @Test
    void amounts_are_covered_when_each_one_is_recorded_with_the_same_value() {
        ReportedAmounts recorded = amounts("10", "9", "1");

        assertThat(ReportedAmounts.none().isCoveredBy(recorded)).isTrue();
        assertThat(amounts("10", "9", "1").isCoveredBy(recorded)).isTrue();
        assertThat(recorded.with(AmountKind.PLEDGE_AMOUNT, usdt("0")).isCoveredBy(recorded)).isFalse();
        assertThat(amounts("10", "9", "2").isCoveredBy(recorded)).isFalse();
    }

    @Test
    void the_same_value_written_with_another_scale_is_the_same_amount() {
        Money plain = Money.parse("fee", "0.5", Asset.USDT);
        Money padded = Money.parse("fee", "0.50000000", Asset.USDT);

        assertThat(ReportedAmounts.none().with(AmountKind.FEE, plain)
                .isCoveredBy(ReportedAmounts.none().with(AmountKind.FEE, padded))).isTrue();
    }

    @Test
    void the_amounts_are_a_copy_that_cannot_be_changed() {
        Map<AmountKind, Money> source = new HashMap<>();
        source.put(AmountKind.FEE, usdt("1"));
        ReportedAmounts amounts = new ReportedAmounts(source);
        source.put(AmountKind.FEE, usdt("2"));

        assertThat(amounts.fee()).contains(usdt("1"));
        assertThatThrownBy(() -> amounts.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_amount_without_a_kind_or_a_kind_without_an_amount_is_refused() {
        Map<AmountKind, Money> noAmount = new HashMap<>();
        noAmount.put(AmountKind.FEE, null);
        Map<AmountKind, Money> noKind = new HashMap<>();
        noKind.put(null, usdt("1"));

        assertThatThrownBy(() -> new ReportedAmounts(noAmount)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReportedAmounts(noKind)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ReportedAmounts.none().with(null, usdt("1"))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void each_kind_knows_its_wire_name() {
        assertThat(AmountKind.ORDER_AMOUNT.wireName()).isEqualTo("orderAmount");
        assertThat(AmountKind.ACTUAL_AMOUNT.wireName()).isEqualTo("actualAmount");
        assertThat(AmountKind.RECEIVED_AMOUNT.wireName()).isEqualTo("receivedAmount");
        assertThat(AmountKind.FEE.wireName()).isEqualTo("fee");
        assertThat(AmountKind.PLEDGE_AMOUNT.wireName()).isEqualTo("pledgeAmount");
    }
}
