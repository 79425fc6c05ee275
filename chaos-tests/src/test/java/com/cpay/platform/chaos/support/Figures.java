package com.cpay.platform.chaos.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The suite's figures: per scenario (orders, kills, faults, duplicates, duration and what else it counted) and the
 * totals, printed to stdout and rewritten to {@code target/chaos-figures.txt} after every scenario.
 */
public final class Figures {

    private static final Instant SUITE_START = Instant.now();
    private static final List<Scenario> SCENARIOS = new ArrayList<>();

    private Figures() {
    }

    /** One scenario's figures; {@code orders}, {@code kills}, {@code faults}, {@code duplicates} are summed. */
    public static final class Scenario {
        private final String name;
        private final Instant start = Instant.now();
        private final Map<String, Object> values = new LinkedHashMap<>();
        private Duration duration;
        private String result = "running";

        private Scenario(String name) {
            this.name = name;
            values.put("orders", 0L);
            values.put("kills", 0L);
            values.put("faults", 0L);
            values.put("duplicates", 0L);
        }

        public synchronized Scenario add(String figure, long amount) {
            values.merge(figure, amount, (a, b) -> (Long) a + (Long) b);
            return this;
        }

        public synchronized Scenario put(String figure, Object value) {
            values.put(figure, value);
            return this;
        }

        /** Records when a phase ended, in seconds since the scenario started ({@code <phase>At}). */
        public synchronized Scenario lap(String phase) {
            values.put(phase + "At", String.format(Locale.ROOT, "%.1fs",
                    Duration.between(start, Instant.now()).toMillis() / 1000.0));
            return this;
        }

        /** Ends the scenario with its violations, prints and writes all figures so far. */
        public void finish(Violations violations) {
            synchronized (this) {
                duration = Duration.between(start, Instant.now());
                result = violations.none() ? "pass" : "FAIL(" + violations.all().size() + ")";
            }
            Figures.write();
        }

        /** Ends a scenario that could not run (PostgreSQL missing), saying why. */
        public void skipped(String reason) {
            synchronized (this) {
                duration = Duration.between(start, Instant.now());
                result = "skipped";
                values.put("reason", reason.replace(' ', '_'));
            }
            Figures.write();
        }

        synchronized String line() {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s result=%s", name, result));
            values.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
            line.append(String.format(Locale.ROOT, " duration=%.1fs",
                    (duration == null ? Duration.between(start, Instant.now()) : duration).toMillis() / 1000.0));
            return line.toString();
        }

        synchronized long figure(String name) {
            return values.get(name) instanceof Long value ? value : 0;
        }
    }

    public static synchronized Scenario start(String name) {
        Scenario scenario = new Scenario(name);
        SCENARIOS.add(scenario);
        return scenario;
    }

    private static synchronized void write() {
        List<String> lines = new ArrayList<>();
        lines.add("chaos figures (" + Instant.now() + ")");
        SCENARIOS.forEach(s -> lines.add(s.line()));
        long orders = 0;
        long kills = 0;
        long faults = 0;
        long duplicates = 0;
        for (Scenario s : SCENARIOS) {
            orders += s.figure("orders");
            kills += s.figure("kills");
            faults += s.figure("faults");
            duplicates += s.figure("duplicates");
        }
        lines.add(String.format(Locale.ROOT,
                "%-24s scenarios=%d orders=%d kills=%d faults=%d duplicates=%d duration=%.1fs", "TOTAL",
                SCENARIOS.size(), orders, kills, faults, duplicates,
                Duration.between(SUITE_START, Instant.now()).toMillis() / 1000.0));
        String text = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        System.out.print(text);
        System.out.flush();
        Path file = ChaosPaths.figuresFile();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
