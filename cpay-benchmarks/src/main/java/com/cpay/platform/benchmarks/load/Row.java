package com.cpay.platform.benchmarks.load;

import java.util.List;
import java.util.Locale;

/** One line of load.tsv: {@code what, ours, baseline, ratio, goal, met} (the contract with bench/run.sh). */
record Row(String what, String ours, String baseline, String ratio, String goal, String met) {

    /**
     * ours / baseline; {@code higherIsBetter} null when the goal is only to report it, else the goal's number is
     * read from {@code goal} (">= 0.3", "<= 1.5").
     */
    static Row ratio(String what, double ours, double baseline, String goal, Boolean higherIsBetter) {
        double ratio = ours / baseline;
        String met = "-";
        if (higherIsBetter != null) {
            double target = Double.parseDouble(goal.replaceAll("[^0-9.]", ""));
            met = (higherIsBetter ? ratio >= target : ratio <= target) ? "yes" : "no";
        }
        return new Row(what, format(ours), format(baseline), String.format(Locale.ROOT, "%.2f", ratio), goal, met);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    static String tsv(List<Row> rows) {
        StringBuilder out = new StringBuilder("what\tours\tbaseline\tratio\tgoal\tmet\n");
        rows.forEach(r -> out.append(String.join("\t", r.what, r.ours, r.baseline, r.ratio, r.goal, r.met))
                .append('\n'));
        return out.toString();
    }
}
