package com.cpay.platform.chaos.support;

/** Reads the app's Prometheus endpoint. */
public final class Metrics {

    private Metrics() {
    }

    /** The sum of every series of the metric (all label sets); 0 when it is absent. */
    public static long sum(Api api, String metric) {
        double total = 0;
        for (String line : api.open("/prometheus").body().split("\n")) {
            if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Math.round(total);
    }
}
