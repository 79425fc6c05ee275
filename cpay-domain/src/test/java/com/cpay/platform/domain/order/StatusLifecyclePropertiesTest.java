package com.cpay.platform.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever order reports arrive in, the lifecycle ends where the furthest report says. */
class StatusLifecyclePropertiesTest {

    @Property
    void reports_in_any_order_end_where_the_same_reports_sorted_by_lifecycle_end(
            @ForAll("reports") List<StatusEvent> reports) {
        Order shuffled = OrderFixtures.deposit();
        reports.forEach(shuffled::apply);

        Order sorted = OrderFixtures.deposit();
        reports.stream().sorted(Comparator.comparingInt(StatusLifecyclePropertiesTest::rank)).forEach(sorted::apply);

        assertThat(shuffled.status()).isEqualTo(sorted.status());
    }

    @Property
    void an_order_ends_at_the_first_terminal_report_or_else_the_furthest_one(
            @ForAll("reports") List<StatusEvent> reports) {
        Order order = OrderFixtures.deposit();
        reports.forEach(order::apply);

        List<OrderStatus> known = reports.stream().map(e -> e.code().status()).flatMap(Optional::stream)
                .collect(Collectors.toList());
        OrderStatus expected = known.stream().filter(OrderStatus::isTerminal).findFirst()
                .orElse(known.stream().max(Comparator.comparingInt(OrderStatus::rank)).orElse(OrderStatus.PENDING));
        assertThat(order.status()).isEqualTo(expected);
    }

    @Property
    void an_order_never_leaves_a_terminal_status_nor_goes_back(@ForAll("reports") List<StatusEvent> reports) {
        Order order = OrderFixtures.deposit();
        for (StatusEvent report : reports) {
            OrderStatus before = order.status();
            order.apply(report);
            if (before.isTerminal()) {
                assertThat(order.status()).isEqualTo(before);
            }
            assertThat(order.status().rank()).isGreaterThanOrEqualTo(before.rank());
        }
    }

    @Property
    void every_report_leaves_exactly_one_history_entry(@ForAll("reports") List<StatusEvent> reports) {
        Order order = OrderFixtures.deposit();
        List<TransitionOutcome> outcomes = reports.stream().map(order::apply).collect(Collectors.toList());

        assertThat(order.history()).hasSize(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            StatusChange entry = order.history().get(i);
            assertThat(entry.code()).isEqualTo(reports.get(i).code());
            assertThat(entry.outcome()).isEqualTo(outcomes.get(i).kind());
        }
    }

    @Property
    void an_order_needs_review_exactly_when_a_report_needed_it(@ForAll("reports") List<StatusEvent> reports) {
        Order order = OrderFixtures.deposit();
        boolean anyNeedsReview = reports.stream().map(order::apply).anyMatch(TransitionOutcome::needsReview);

        assertThat(order.needsReview()).isEqualTo(anyNeedsReview);
        assertThat(order.reviewNotes().isEmpty()).isEqualTo(!anyNeedsReview);
    }

    @Provide
    Arbitrary<List<StatusEvent>> reports() {
        Arbitrary<StatusCode> codes = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.of(OrderStatus.class).map(StatusCode::of)),
                Tuple.of(1, Arbitraries.of("99", "", "abc", "014").map(StatusCode::of)));
        Arbitrary<ReportedAmounts> amounts = Arbitraries.of("0", "1", "2.5").list().ofSize(3)
                .map(a -> OrderFixtures.amounts(a.get(0), a.get(1), a.get(2)))
                .injectNull(0.3)
                .map(a -> a == null ? ReportedAmounts.none() : a);
        Arbitrary<EventSource> sources = Arbitraries.of(EventSource.class);
        Arbitrary<Integer> seconds = Arbitraries.integers().between(0, 3600);
        return Combinators.combine(codes, amounts, sources, seconds)
                .as((code, reported, source, second) ->
                        StatusEvent.of(code, source, OrderFixtures.at(second)).withAmounts(reported))
                .list().ofMaxSize(12);
    }

    // Unknown codes rank below everything: they never move an order, wherever they are placed.
    private static int rank(StatusEvent event) {
        return event.code().status().map(OrderStatus::rank).orElse(-1);
    }
}
