package com.cpay.platform.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * CPU time (user + system) processes have used so far, from {@code /proc/<pid>/stat}. Unlike throughput on a
 * shared 2-core machine, the CPU a request costs hardly depends on what else runs, so it is the steadier figure
 * of where the time goes: the app's JVM and the PostgreSQL backends serving its pool, per call.
 */
final class CpuTime {

    /** Linux reports the times in clock ticks of 1/100 s (USER_HZ) on every mainstream architecture. */
    private static final double MILLIS_PER_TICK = 10.0;

    private CpuTime() {
    }

    static double millis(Collection<Long> pids) throws IOException {
        double total = 0;
        for (long pid : pids) {
            total += millis(pid);
        }
        return total;
    }

    static double millis(long pid) throws IOException {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (NoSuchFileException gone) {
            return 0; // a backend that closed: its time is lost, which only understates the database's share
        }
        // fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
    }
}
