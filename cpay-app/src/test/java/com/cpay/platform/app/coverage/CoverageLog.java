package com.cpay.platform.app.coverage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where the API coverage of one build is written and read: {@code <dir>/<run>/<pid>-<random>.txt}, one file per test
 * JVM (append-only, one line per hit, flushed at once), so forked JVMs never share a file and a JVM that dies
 * keeps what it wrote.
 * <p>
 * {@code <dir>} is the system property {@code cpay.api-coverage.dir} ({@code target/api-coverage}); {@code <run>}
 * names the build, from {@code cpay.api-coverage.run}: the pom sets both for surefire and failsafe, the run to
 * {@code ${maven.build.timestamp}}, so the check reads only what this build's tests recorded. The first hit of a run
 * deletes the directories of earlier runs, so no {@code mvn clean} is needed. Without the properties (a test run
 * from an IDE) the run is {@code manual}.
 */
public final class CoverageLog {

    public static final String DIR_PROPERTY = "cpay.api-coverage.dir";
    public static final String RUN_PROPERTY = "cpay.api-coverage.run";

    private static BufferedWriter writer;

    private CoverageLog() {
    }

    /** This build's directory. */
    public static Path runDirectory() {
        Path dir = Path.of(System.getProperty(DIR_PROPERTY, "target/api-coverage"));
        return dir.resolve(runName(System.getProperty(RUN_PROPERTY)));
    }

    /** A file-name-safe run name; {@code manual} when the build did not name the run. */
    static String runName(String run) {
        if (run == null || run.isBlank() || run.startsWith("${")) {
            return "manual";
        }
        return "run-" + run.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /** Appends one line (a {@link Hit}) to this JVM's file. */
    public static synchronized void append(Hit hit) {
        try {
            if (writer == null) {
                writer = open();
            }
            writer.write(hit.line());
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record API coverage in " + runDirectory(), e);
        }
    }

    private static BufferedWriter open() throws IOException {
        Path run = runDirectory();
        deleteOtherRuns(run);
        Files.createDirectories(run);
        Path file = run.resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + ".txt");
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    private static void deleteOtherRuns(Path run) throws IOException {
        Path parent = run.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> children = Files.list(parent)) {
            stale = children.filter(Files::isDirectory).filter(p -> !p.getFileName().equals(run.getFileName()))
                    .toList();
        }
        for (Path dir : stale) {
            try (Stream<Path> tree = Files.walk(dir)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Every hit recorded in {@code run}, from all its files. */
    public static List<Hit> read(Path run) throws IOException {
        List<Hit> hits = new ArrayList<>();
        if (!Files.isDirectory(run)) {
            return hits;
        }
        try (Stream<Path> files = Files.list(run)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        hits.add(Hit.parse(line));
                    }
                }
            }
        }
        return hits;
    }
}
