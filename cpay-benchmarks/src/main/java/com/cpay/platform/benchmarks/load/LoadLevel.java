package com.cpay.platform.benchmarks.load;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One load level: {@code concurrency} threads of a fixed pool, each sending one request after the other for the
 * warm-up (not recorded) and then the measured time. A call returns the HTTP status; anything but the expected
 * one counts as an error. Latencies go into one HdrHistogram per thread, merged at the end.
 */
final class LoadLevel {

    /** What one level measured. */
    record Result(int concurrency, long calls, long errors, double seconds, double p50Millis, double p99Millis,
                  long allCalls, double appCpuMillis, double dbCpuMillis) {

        double perSecond() {
            return calls / seconds;
        }

        /** CPU of the app's JVM per call, warm-up included (the CPU clock cannot tell the two apart). */
        double appCpuPerCall() {
            return appCpuMillis / allCalls;
        }

        double dbCpuPerCall() {
            return dbCpuMillis / allCalls;
        }
    }

    /** CPU milliseconds used so far by the app's JVM and by the database backends serving it. */
    interface CpuMeter {
        double[] appAndDatabase() throws Exception;

        CpuMeter NONE = () -> new double[]{0, 0};
    }

    /** One call: given a sequence number unique in the run, sends one request and returns its HTTP status. */
    interface Call {
        int send(long sequence) throws Exception;
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private LoadLevel() {
    }

    static Result run(int concurrency, double warmupSeconds, double measureSeconds, int expectedStatus, Call call)
            throws Exception {
        return run(concurrency, warmupSeconds, measureSeconds, Long.MAX_VALUE, expectedStatus, CpuMeter.NONE, call);
    }

    /** As above, stopping early once {@code maxCalls} measured calls were made (whichever comes first). */
    static Result run(int concurrency, double warmupSeconds, double measureSeconds, long maxCalls, int expectedStatus,
                      CpuMeter cpu, Call call) throws Exception {
        double[] cpuBefore = cpu.appAndDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            long start = System.nanoTime();
            long measureFrom = start + (long) (warmupSeconds * 1e9);
            long end = measureFrom + (long) (measureSeconds * 1e9);
            AtomicLong measured = new AtomicLong();
            List<Future<long[]>> workers = new ArrayList<>();
            List<Histogram> histograms = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                Histogram histogram = new Histogram(60_000_000_000L, 3);
                histograms.add(histogram);
                workers.add(pool.submit(() -> {
                    long calls = 0;
                    long errors = 0;
                    long all = 0;
                    while (true) {
                        long sequence = SEQUENCE.incrementAndGet();
                        long before = System.nanoTime();
                        if (before >= end || (before >= measureFrom && measured.get() >= maxCalls)) {
                            break;
                        }
                        int status;
                        try {
                            status = call.send(sequence);
                        } catch (java.io.IOException e) {
                            status = -1;
                        }
                        long after = System.nanoTime();
                        all++;
                        if (before >= measureFrom) {
                            measured.incrementAndGet();
                            histogram.recordValue(Math.min(after - before, histogram.getHighestTrackableValue()));
                            calls++;
                            if (status != expectedStatus) {
                                errors++;
                            }
                        }
                    }
                    return new long[]{calls, errors, System.nanoTime(), all};
                }));
            }
            long calls = 0;
            long errors = 0;
            long last = measureFrom;
            long all = 0;
            for (Future<long[]> worker : workers) {
                long[] r = worker.get();
                calls += r[0];
                errors += r[1];
                last = Math.max(last, r[2]);
                all += r[3];
            }
            Histogram merged = new Histogram(60_000_000_000L, 3);
            histograms.forEach(merged::add);
            double seconds = (last - measureFrom) / 1e9;
            double[] cpuAfter = cpu.appAndDatabase();
            return new Result(concurrency, calls, errors, seconds, merged.getValueAtPercentile(50) / 1e6,
                    merged.getValueAtPercentile(99) / 1e6, all, cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1]);
        } finally {
            pool.shutdownNow();
        }
    }
}
