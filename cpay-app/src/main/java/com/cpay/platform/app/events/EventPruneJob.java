package com.cpay.platform.app.events;

import com.cpay.platform.app.ops.PrunePass;
import com.cpay.platform.domain.events.PruneEventsService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.tracing.annotation.NewSpan;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code cpay.events.prune-interval} (default 1 h) deletes the events older than {@code cpay.events.retention}
 * (default 30 days). Each order's newest event is kept whatever its age, so a reader can still learn where an
 * order stands and sequences go on from it. Safe on every instance at once: a delete of rows already deleted by
 * another instance deletes nothing.
 */
@Singleton
public class EventPruneJob {

    private static final Logger LOG = LoggerFactory.getLogger(EventPruneJob.class);
    private static final PrunePass PASS = new PrunePass("events", "cpay.events.pruned",
            "Order events deleted from the outbox past cpay.events.retention");

    private final PruneEventsService prune;
    private final BeanProvider<MeterRegistry> meters;

    public EventPruneJob(PruneEventsService prune, BeanProvider<MeterRegistry> meters) {
        this.prune = prune;
        this.meters = meters;
    }

    @Scheduled(fixedDelay = "${cpay.events.prune-interval:1h}", initialDelay = "${cpay.events.prune-initial-delay:2m}")
    void run() {
        runOnce();
    }

    /** One pass; how many events it deleted (0 when it failed: the next pass tries again). */
    @NewSpan
    public int runOnce() {
        return PASS.run(prune::prune, meters, LOG);
    }
}
