package com.cpay.platform.benchmarks.micro;

import org.openjdk.jmh.results.Result;

import java.util.Locale;

/**
 * One row of the benchmarks' table: ours against its baseline from the same run, the ratio with its error, the
 * goal and whether it is met. Written as one line of tab-separated values, the format {@code bench/run.sh} joins:
 * {@code what, ours, baseline, ratio, goal, met}.
 *
 * @param what       what was measured and how the ratio reads
 * @param ours       the score of our code, with its error and unit
 * @param baseline   the baseline's score, with its error and unit
 * @param ratio      the ratio and its error
 * @param goal       the goal the ratio is held to
 * @param met        {@code yes} or {@code no} (by the ratio itself; its error says how sure that is)
 */
record RatioRow(String what, String ours, String baseline, String ratio, String goal, String met) {

    /** Which way a ratio is better: higher (speed relative to the baseline) or lower (time relative to it). */
    enum Goal {
        AT_LEAST(">= "), AT_MOST("<= ");

        private final String sign;

        Goal(String sign) {
            this.sign = sign;
        }
    }

    /**
     * A row from two JMH average times (lower is faster). An AT_LEAST goal is on speed (baseline time / our time),
     * an AT_MOST goal, or none (null), on time (our time / baseline time).
     */
    static RatioRow ofTimes(String what, Result ours, Result baseline, Goal goal, double limit) {
        double o = ours.getScore();
        double b = baseline.getScore();
        double ratio = goal == Goal.AT_LEAST ? b / o : o / b;
        // errors are JMH's 99.9% half-widths; relative errors of a quotient add in quadrature
        double error = ratio * Math.hypot(relative(ours), relative(baseline));
        String ratioText = String.format(Locale.ROOT, "%.2f ± %.2f", ratio, error);
        if (goal == null) {
            return new RatioRow(what, score(ours), score(baseline), ratioText, "-", "-");
        }
        boolean met = goal == Goal.AT_LEAST ? ratio >= limit : ratio <= limit;
        return new RatioRow(what, score(ours), score(baseline), ratioText,
                goal.sign + String.format(Locale.ROOT, "%.2f", limit), met ? "yes" : "no");
    }

    private static double relative(Result result) {
        double error = result.getScoreError();
        return Double.isNaN(error) ? 0 : error / result.getScore();
    }

    private static String score(Result result) {
        double error = result.getScoreError();
        String unit = result.getScoreUnit().replace("us/", "µs/");
        return Double.isNaN(error)
                ? String.format(Locale.ROOT, "%.1f %s", result.getScore(), unit)
                : String.format(Locale.ROOT, "%.1f ± %.1f %s", result.getScore(), error, unit);
    }

    String tsv() {
        return String.join("\t", what, ours, baseline, ratio, goal, met);
    }
}
