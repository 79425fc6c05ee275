package com.cpay.platform.benchmarks.micro;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;

/**
 * CPU time of the whole benchmark JVM per operation ({@code cpu.per.op}, µs): client and server threads, JIT
 * and GC alike; and of the benchmark's own threads alone ({@code cpu.caller.per.op}: the code under test on the
 * calling thread, without the GC, the JIT or threads it hands work to). On a machine shared with other builds the wall time of a call mostly measures how long its
 * threads wait for a core; the CPU it burns does not depend on that, so it says where the difference is
 * work and where it is waiting. Use with {@code -prof com.cpay.platform.benchmarks.micro.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    static final String NAME = "cpu.per.op";
    static final String CALLER = "cpu.caller.per.op";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long startNanos;
    private long startCallerNanos;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startNanos = os.getProcessCpuTime();
        startCallerNanos = callerCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long ops = result.getMetadata().getAllOps();
        double micros = (os.getProcessCpuTime() - startNanos) / 1_000.0;
        double callerMicros = (callerCpuTime() - startCallerNanos) / 1_000.0;
        return List.of(new ScalarResult(NAME, ops == 0 ? Double.NaN : micros / ops, "µs/op", AggregationPolicy.AVG),
                new ScalarResult(CALLER, ops == 0 ? Double.NaN : callerMicros / ops, "µs/op", AggregationPolicy.AVG));
    }

    /** The CPU time of JMH's worker threads, the ones calling the benchmark method. */
    private long callerCpuTime() {
        long nanos = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains("jmh-worker")) {
                nanos += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return nanos;
    }
}
