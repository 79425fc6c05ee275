package com.cpay.platform.app.ops;

import com.cpay.platform.domain.order.CpayCallLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.tracing.annotation.NewSpan;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Every {@code cpay.calls.prune-interval} (default 1 h) deletes the C-Pay calls answered longer than
 * {@code cpay.calls.retention} ago (default 90 days): one row per call, and reconciliation looks pending orders up
 * again and again, so the log would otherwise grow without end. The order itself keeps its whole history; only the
 * console's list of calls (and their C-Pay trace ids) is shortened. Safe on every instance at once: a delete of
 * rows another instance deleted deletes nothing.
 */
@Singleton
public class CpayCallPruneJob {

    private static final Logger LOG = LoggerFactory.getLogger(CpayCallPruneJob.class);
    private static final PrunePass PASS = new PrunePass("C-Pay calls", "cpay.calls.pruned",
            "C-Pay calls deleted from the call log past cpay.calls.retention");

    private final CpayCallLog calls;
    private final Clock clock;
    private final Duration retention;
    private final BeanProvider<MeterRegistry> meters;

    public CpayCallPruneJob(CpayCallLog calls, Clock clock, @Value("${cpay.calls.retention:90d}") Duration retention,
                            BeanProvider<MeterRegistry> meters) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("cpay.calls.retention must be positive");
        }
        this.calls = calls;
        this.clock = clock;
        this.retention = retention;
        this.meters = meters;
    }

    @Scheduled(fixedDelay = "${cpay.calls.prune-interval:1h}", initialDelay = "${cpay.calls.prune-initial-delay:3m}")
    void run() {
        runOnce();
    }

    /** One pass; how many calls it deleted (0 when it failed: the next pass tries again). */
    @NewSpan
    public int runOnce() {
        return PASS.run(() -> calls.prune(clock.instant().minus(retention)), meters, LOG);
    }
}
