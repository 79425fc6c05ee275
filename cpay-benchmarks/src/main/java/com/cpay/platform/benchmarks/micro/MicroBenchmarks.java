package com.cpay.platform.benchmarks.micro;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.results.format.ResultFormatType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the micro-benchmarks of this package and writes their rows of the ratio table as tab-separated values to
 * the file given as first argument ({@code bench/micro.sh} passes {@code target/bench/micro.tsv}). Further arguments
 * are JMH's own ({@code -prof jfr}, {@code -f 1}, a benchmark regex ...); a pair whose two halves did not both
 * run gives no row.
 */
public final class MicroBenchmarks {

    private MicroBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: MicroBenchmarks <tsv file> [JMH options]");
        }
        Path tsv = Path.of(args[0]);
        Files.createDirectories(tsv.toAbsolutePath().getParent());
        CommandLineOptions jmh = new CommandLineOptions(java.util.Arrays.copyOfRange(args, 1, args.length));
        OptionsBuilder options = new OptionsBuilder();
        options.parent(jmh);
        if (jmh.getIncludes().isEmpty()) {
            options.include(MicroBenchmarks.class.getPackageName() + "\\.");
        }
        if (!jmh.getResult().hasValue()) {
            options.result(tsv.resolveSibling("micro-jmh.json").toString()).resultFormat(ResultFormatType.JSON);
        }
        options.addProfiler(CpuTimeProfiler.class);
        Map<String, Result> scores = scores(new Runner(options.build()).run());
        List<RatioRow> rows = new ArrayList<>();
        row(rows, scores, "SigningBenchmark.signer", "SigningBenchmark.reusedRawMac",
                "signing a 12-field request: CpaySigner vs a reused raw Mac over the same bytes (speed)",
                RatioRow.Goal.AT_LEAST, 0.6);
        row(rows, scores, "SigningBenchmark.signer:" + CpuTimeProfiler.CALLER,
                "SigningBenchmark.reusedRawMac:" + CpuTimeProfiler.CALLER,
                "the same signing, CPU time of the calling thread per signature: work, not waiting (speed)",
                RatioRow.Goal.AT_LEAST, 0.6);
        row(rows, scores, "AdapterCallBenchmark.adapter", "AdapterCallBenchmark.rawHttpClient",
                "one C-Pay call (getMerchantBalance) through the adapter vs a raw JDK HttpClient GET, loopback (time)",
                RatioRow.Goal.AT_MOST, 1.15);
        row(rows, scores, "AdapterCallBenchmark.adapter:" + CpuTimeProfiler.NAME,
                "AdapterCallBenchmark.rawHttpClient:" + CpuTimeProfiler.NAME,
                "the same call, CPU time of the whole JVM per call (client, stub server, JIT, GC): work, not waiting",
                null, 0);
        List<String> lines = rows.stream().map(RatioRow::tsv).toList();
        Files.write(tsv, lines, StandardCharsets.UTF_8);
        System.out.println();
        lines.forEach(System.out::println);
    }

    private static Map<String, Result> scores(Collection<RunResult> results) {
        Map<String, Result> scores = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            scores.put(shortName, result.getPrimaryResult());
            result.getSecondaryResults().forEach((label, secondary) -> scores.put(shortName + ":" + label, secondary));
        }
        return scores;
    }

    /** A row when both halves ran; a null goal makes an informative row (time ratio, no goal). */
    private static void row(List<RatioRow> rows, Map<String, Result> scores, String ours, String baseline,
                            String what, RatioRow.Goal goal, double limit) {
        if (scores.containsKey(ours) && scores.containsKey(baseline)) {
            rows.add(RatioRow.ofTimes(what, scores.get(ours), scores.get(baseline), goal, limit));
        }
    }
}
