package com.cpay.platform.app.events;

import com.cpay.platform.app.config.InstanceId;
import com.cpay.platform.domain.events.RelayEventsUseCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays the outbox to the broker (exists only when a relay does: {@code cpay.events.kafka.bootstrap-servers} set).
 * Every {@code cpay.events.relay.interval} (default 250 ms) it takes or renews the lease and sends what was committed
 * since the last pass, batch after batch while full batches wait, at most {@code cpay.events.relay.max-batches-per-run}
 * (default 20) batches before it lets the scheduler breathe. Only the lease holder sends; the others just try to
 * take the lease, so a dead holder is replaced once its lease ran out. A failed publish is logged and counted and
 * tried again next pass: a broker outage delays events and never touches order handling, which only writes the
 * outbox. Metrics: {@code cpay.events.relayed}, {@code cpay.events.relay.failures}, {@code cpay.events.relay.lag}
 * (events committed and not yet acknowledged by the broker, as the holder sees them; 0 on the other instances) and
 * {@code cpay.events.relay.leader} (1 on the holder).
 */
@Singleton
@Requires(beans = RelayEventsUseCase.class)
public class EventRelayJob {

    private static final Logger LOG = LoggerFactory.getLogger(EventRelayJob.class);

    private final RelayEventsUseCase relay;
    private final String holder;
    private final int maxBatchesPerRun;
    private final Counter relayed;
    private final Counter failures;
    private final AtomicLong lag = new AtomicLong();
    private final AtomicLong leader = new AtomicLong();
    private final AtomicBoolean stopped = new AtomicBoolean();
    // held for a whole run: the release at shutdown waits for a pass in flight, which could take the lease again
    private final Object runs = new Object();
    private volatile String lastFailure;

    public EventRelayJob(RelayEventsUseCase relay, InstanceId instance, MeterRegistry meters,
                         @Value("${cpay.events.relay.max-batches-per-run:20}") int maxBatchesPerRun) {
        if (maxBatchesPerRun < 1) {
            throw new IllegalArgumentException("cpay.events.relay.max-batches-per-run must be positive");
        }
        this.relay = relay;
        this.holder = instance.value();
        this.maxBatchesPerRun = maxBatchesPerRun;
        this.relayed = Counter.builder("cpay.events.relayed")
                .description("Order events the broker acknowledged").register(meters);
        this.failures = Counter.builder("cpay.events.relay.failures")
                .description("Relay passes that could not publish; their events are sent again").register(meters);
        Gauge.builder("cpay.events.relay.lag", lag, AtomicLong::get)
                .description("Order events committed and not yet acknowledged by the broker (holder only)")
                .register(meters);
        Gauge.builder("cpay.events.relay.leader", leader, AtomicLong::get)
                .description("1 on the instance holding the relay lease, else 0").register(meters);
    }

    @Scheduled(fixedDelay = "${cpay.events.relay.interval:250ms}", initialDelay = "${cpay.events.relay.initial-delay:1s}")
    void run() {
        runOnce();
    }

    /** One run: passes until nothing full waits, the lease is gone, a publish failed or the run's cap is reached. */
    public RelayEventsUseCase.Pass runOnce() {
        synchronized (runs) {
            return passes();
        }
    }

    private RelayEventsUseCase.Pass passes() {
        RelayEventsUseCase.Pass pass = new RelayEventsUseCase.Pass(false, 0, java.util.Optional.empty(), 0);
        for (int i = 0; i < maxBatchesPerRun && !stopped.get(); i++) {
            try {
                pass = relay.relayOnce(holder);
            } catch (RuntimeException e) {
                // the database is unreachable or similar: the lease and position stay as they were
                pass = new RelayEventsUseCase.Pass(false, 0, java.util.Optional.of(e.toString()), lag.get());
            }
            record(pass);
            if (!pass.moreWaiting()) {
                break;
            }
        }
        return pass;
    }

    private void record(RelayEventsUseCase.Pass pass) {
        relayed.increment(pass.relayed());
        leader.set(pass.leader() ? 1 : 0);
        lag.set(pass.leader() ? pass.lag() : 0);
        if (pass.failure().isPresent()) {
            failures.increment();
            String failure = pass.failure().get();
            // one line per change of cause, not one per pass during a long outage
            if (!failure.equals(lastFailure)) {
                LOG.warn("event relay could not publish ({} events wait); retrying: {}", pass.lag(), failure);
            }
            lastFailure = failure;
        } else if (lastFailure != null && pass.relayed() > 0) {
            LOG.info("event relay publishes again");
            lastFailure = null;
        }
    }

    /**
     * Hands the lease over at once instead of letting it run out, so another instance goes on without a gap. Waits
     * for a pass in flight (bounded: a publish ends within 0.7 of the lease) so that it cannot take the lease again
     * after the release.
     */
    @PreDestroy
    void stop() {
        stopped.set(true);
        synchronized (runs) {
            try {
                relay.release(holder);
            } catch (RuntimeException e) {
                LOG.debug("relay lease not released at shutdown ({}); it runs out by itself", e.toString());
            }
        }
    }
}
