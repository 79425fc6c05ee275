package com.cpay.platform.sandbox.state;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.cpay.platform.sandbox.state.StateFileTest.MERCHANT;
import static com.cpay.platform.sandbox.state.StateFileTest.payout;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state file is a snapshot plus an append-only journal: a change adds one line whatever the number of orders,
 * the journal is folded into a new snapshot after compact-after lines and at shutdown, and what a crash leaves
 * behind (no snapshot since, a torn last line, a compaction cut short) reads back right.
 */
class StateJournalTest {

    @Test
    void a_change_appends_one_line_and_leaves_the_snapshot_alone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("state.json");
        try (ApplicationContext context = ApplicationContext.run(Map.of("cpay.sandbox.state-file", file.toString()))) {
            OrderBook orders = context.getBean(OrderBook.class);
            orders.create(payout("261126000000000000014", "first", "1").build(), "test");
            long linesAfterFirst = lines(journal(file)).size();
            for (int i = 1; i <= 50; i++) {
                orders.create(payout(String.format("2611260000000000%02d014", i), "line-" + i, "1").build(), "test");
            }
            List<String> lines = lines(journal(file));
            assertThat(lines).hasSize((int) linesAfterFirst + 50);
            assertThat(lines.get(lines.size() - 1)).contains("\"merchantTradeNo\":\"line-50\"").doesNotContain("line-49");
            assertThat(file).doesNotExist();
        }
        assertThat(file).exists();
        assertThat(journal(file)).satisfiesAnyOf(j -> assertThat(j).doesNotExist(), j -> assertThat(j).isEmptyFile());
    }

    @Test
    void after_compact_after_lines_the_journal_is_folded_into_a_snapshot(@TempDir Path dir) throws InterruptedException {
        Path file = dir.resolve("state.json");
        Map<String, Object> properties = Map.of("cpay.sandbox.state-file", file.toString(),
                "cpay.sandbox.state-journal.compact-after", "10");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            OrderBook orders = context.getBean(OrderBook.class);
            for (int i = 0; i < 25; i++) {
                orders.create(payout(String.format("2611260000000000%02d014", i), "kept-" + i, "1").build(), "test");
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!(Files.exists(file) && lines(journal(file)).size() < 10) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(file).as("a snapshot written in the background").exists();
            assertThat(lines(journal(file)).size()).isLessThan(10);
            // a crash now: what is on disk is the snapshot and a short journal
            Path copy = dir.resolve("copy");
            copyState(file, copy);
            try (ApplicationContext restarted = ApplicationContext.run(Map.of("cpay.sandbox.state-file",
                    copy.resolve("state.json").toString()))) {
                assertThat(restarted.getBean(OrderBook.class).orders()).extracting(Order::merchantTradeNo)
                        .hasSize(25).startsWith("kept-0", "kept-1").endsWith("kept-24");
            }
        }
    }

    @Test
    void a_crash_without_a_snapshot_loses_no_change_and_a_torn_last_line_is_ignored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("state.json");
        Path crashed = dir.resolve("crashed");
        try (ApplicationContext context = ApplicationContext.run(Map.of("cpay.sandbox.state-file", file.toString()))) {
            OrderBook orders = context.getBean(OrderBook.class);
            Order order = orders.create(payout("261126000000000000014", "answered", "5").build(), "test");
            orders.transition(order.orderId(), null, OrderStatus.COMPLETED, "done", o -> o);
            copyState(file, crashed);  // the process killed here: no shutdown snapshot
        }
        Path crashedJournal = journal(crashed.resolve("state.json"));
        Files.writeString(crashedJournal, "{\"orders\":[{\"orderId\":\"2611260000000000", StandardOpenOption.APPEND);

        Map<String, Object> properties = Map.of("cpay.sandbox.state-file", crashed.resolve("state.json").toString());
        try (ApplicationContext restarted = ApplicationContext.run(properties)) {
            assertThat(restarted.getBean(OrderBook.class).orders()).singleElement()
                    .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.COMPLETED));
            assertThat(restarted.getBean(Balances.class).balances(MERCHANT)).filteredOn(b -> b.asset().equals("USDT"))
                    .singleElement().satisfies(b -> assertThat(b.available().toPlainString()).isEqualTo("9995"));
            restarted.getBean(OrderBook.class).create(payout("261126000000000001014", "after", "1").build(), "test");
        }
        try (ApplicationContext again = ApplicationContext.run(properties)) {
            assertThat(again.getBean(OrderBook.class).orders()).extracting(Order::merchantTradeNo)
                    .containsExactly("answered", "after");
        }
    }

    @Test
    void a_compaction_cut_short_by_a_crash_reads_back_from_both_journals(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("state.json");
        Path crashed = dir.resolve("crashed");
        try (ApplicationContext context = ApplicationContext.run(Map.of("cpay.sandbox.state-file", file.toString()))) {
            OrderBook orders = context.getBean(OrderBook.class);
            orders.create(payout("261126000000000000014", "before-rotation", "1").build(), "test");
            copyState(file, crashed);
        }
        // the journal had been rotated (new lines in .next) and the process died before the snapshot was renamed
        Path journal = journal(crashed.resolve("state.json"));
        Path next = journal.resolveSibling("state.json.journal.next");
        try (ApplicationContext other = ApplicationContext.run(Map.of("cpay.sandbox.state-file", dir.resolve("other.json").toString()))) {
            other.getBean(OrderBook.class).create(payout("261126000000000001014", "after-rotation", "2").build(), "test");
            Files.copy(journal(dir.resolve("other.json")), next);
        }
        try (ApplicationContext restarted = ApplicationContext.run(Map.of("cpay.sandbox.state-file",
                crashed.resolve("state.json").toString()))) {
            assertThat(restarted.getBean(OrderBook.class).orders()).extracting(Order::merchantTradeNo)
                    .containsExactly("before-rotation", "after-rotation");
            assertThat(next).doesNotExist();
        }
    }

    @Test
    void a_reset_is_in_the_journal_too(@TempDir Path dir) {
        Path file = dir.resolve("state.json");
        Path crashed = dir.resolve("crashed");
        try (ApplicationContext context = ApplicationContext.run(Map.of("cpay.sandbox.state-file", file.toString()))) {
            context.getBean(OrderBook.class).create(payout("261126000000000000014", "forgotten", "1").build(), "test");
            context.getBean(SandboxState.class).reset();
            context.getBean(OrderBook.class).create(payout("261126000000000001014", "kept", "1").build(), "test");
            copyState(file, crashed);
        }
        try (ApplicationContext restarted = ApplicationContext.run(Map.of("cpay.sandbox.state-file",
                crashed.resolve("state.json").toString()))) {
            assertThat(restarted.getBean(OrderBook.class).orders()).extracting(Order::merchantTradeNo).containsExactly("kept");
        }
    }

    static Path journal(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".journal");
    }

    static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the state file and journals as they are on disk now into {@code target}. */
    static void copyState(Path stateFile, Path target) {
        try {
            Files.createDirectories(target);
            try (var files = Files.list(stateFile.getParent())) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith(stateFile.getFileName().toString())).toList()) {
                    Files.copy(f, target.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
