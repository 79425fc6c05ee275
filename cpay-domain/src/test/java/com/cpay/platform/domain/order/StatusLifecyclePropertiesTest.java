package com.cpay.platform.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever order reports arrive in, the lifecycle ends where the furthest report says (QuickTheories). */
class StatusLifecyclePropertiesTest {

    /** Examples per property: QuickTheories' default, fixed here so a QT_EXAMPLES setting cannot weaken it. */
    private static final int EXAMPLES = 1000;

    @Test
    void reports_in_any_order_end_where_the_same_reports_sorted_by_lifecycle_end() {
        qt().withExamples(EXAMPLES).forAll(reports()).checkAssert(reports -> {
            Order shuffled = OrderFixtures.deposit();
            reports.forEach(shuffled::apply);

            Order sorted = OrderFixtures.deposit();
            reports.stream().sorted(Comparator.comparingInt(StatusLifecyclePropertiesTest::rank))
                    .forEach(sorted::apply);

            assertThat(shuffled.status()).isEqualTo(sorted.status());
        });
    }

    @Test
    void an_order_ends_at_the_first_terminal_report_or_else_the_furthest_one() {
        qt().withExamples(EXAMPLES).forAll(reports()).checkAssert(reports -> {
            Order order = OrderFixtures.deposit();
            reports.forEach(order::apply);

            List<OrderStatus> known = reports.stream().map(e -> e.code().status()).flatMap(Optional::stream)
                    .collect(Collectors.toList());
            OrderStatus expected = known.stream().filter(OrderStatus::isTerminal).findFirst()
                    .orElse(known.stream().max(Comparator.comparingInt(OrderStatus::rank)).orElse(OrderStatus.PENDING));
            assertThat(order.status()).isEqualTo(expected);
        });
    }

    @Test
    void an_order_never_leaves_a_terminal_status_nor_goes_back() {
        qt().withExamples(EXAMPLES).forAll(reports()).checkAssert(reports -> {
            Order order = OrderFixtures.deposit();
            for (StatusEvent report : reports) {
                OrderStatus before = order.status();
                order.apply(report);
                if (before.isTerminal()) {
                    assertThat(order.status()).isEqualTo(before);
                }
                assertThat(order.status().rank()).isGreaterThanOrEqualTo(before.rank());
            }
        });
    }

    @Test
    void every_report_leaves_exactly_one_history_entry() {
        qt().withExamples(EXAMPLES).forAll(reports()).checkAssert(reports -> {
            Order order = OrderFixtures.deposit();
            List<TransitionOutcome> outcomes = reports.stream().map(order::apply).collect(Collectors.toList());

            assertThat(order.history()).hasSize(reports.size());
            for (int i = 0; i < reports.size(); i++) {
                StatusChange entry = order.history().get(i);
                assertThat(entry.code()).isEqualTo(reports.get(i).code());
                assertThat(entry.outcome()).isEqualTo(outcomes.get(i).kind());
            }
        });
    }

    @Test
    void an_order_needs_review_exactly_when_a_report_needed_it() {
        qt().withExamples(EXAMPLES).forAll(reports()).checkAssert(reports -> {
            Order order = OrderFixtures.deposit();
            boolean anyNeedsReview = reports.stream().map(order::apply).anyMatch(TransitionOutcome::needsReview);

            assertThat(order.needsReview()).isEqualTo(anyNeedsReview);
            assertThat(order.reviewNotes().isEmpty()).isEqualTo(!anyNeedsReview);
        });
    }

    /** Up to 12 reports; one code in 10 is not a status we know; 30% of reports carry no amounts. */
    private static Gen<List<StatusEvent>> reports() {
        Gen<StatusCode> codes = Generate.frequency(
                Pair.of(9, Generate.enumValues(OrderStatus.class).map(StatusCode::of)),
                Pair.of(1, Generate.pick(List.of("99", "", "abc", "014")).map(StatusCode::of)));
        Gen<ReportedAmounts> amounts = Generate.frequency(
                Pair.of(7, lists().of(Generate.pick(List.of("0", "1", "2.5"))).ofSize(3)
                        .map(a -> OrderFixtures.amounts(a.get(0), a.get(1), a.get(2)))),
                Pair.of(3, Generate.constant(ReportedAmounts::none)));
        Gen<EventSource> sources = Generate.enumValues(EventSource.class);
        Gen<Integer> seconds = integers().between(0, 3600);
        return lists().of(codes.zip(amounts, sources, seconds, (code, reported, source, second) ->
                        StatusEvent.of(code, source, OrderFixtures.at(second)).withAmounts(reported)))
                .ofSizeBetween(0, 12);
    }

    // Unknown codes rank below everything: they never move an order, wherever they are placed.
    private static int rank(StatusEvent event) {
        return event.code().status().map(OrderStatus::rank).orElse(-1);
    }
}
