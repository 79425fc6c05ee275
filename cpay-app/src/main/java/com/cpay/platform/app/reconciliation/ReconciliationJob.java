package com.cpay.platform.app.reconciliation;

import com.cpay.platform.app.config.InstanceId;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase;
import com.cpay.platform.domain.reconciliation.ReconcileStaleOrdersUseCase;
import com.cpay.platform.domain.notification.ResolveStoredNotificationsUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.tracing.annotation.NewSpan;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every {@code cpay.reconciliation.interval} (default 60 s, first run after {@code initial-delay}), leases up to
 * {@code batch-size} non-terminal orders quiet for at least {@code min-age} and asks C-Pay about each
 * ({@link ReconcileStaleOrdersUseCase}). The lease ({@code lease}, default 5 min) keeps the orders away from the
 * other instances on the same database, so no order is reconciled by two instances at once. After the orders, up
 * to {@code notifications-batch-size} (default 20) webhooks the inbox holds unmatched or unreadable are settled
 * through C-Pay's getOrderDetail ({@link ResolveStoredNotificationsUseCase}; no lease: a failed lookup waits with
 * a growing delay). Off with {@code cpay.reconciliation.enabled=false}. The use cases (and with them the C-Pay
 * client) are created at the first run, not at start-up.
 */
@Singleton
@Requires(property = "cpay.reconciliation.enabled", value = "true", defaultValue = "true")
public class ReconciliationJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationJob.class);

    private final BeanProvider<ReconcileStaleOrdersUseCase> reconcile;
    private final BeanProvider<ResolveStoredNotificationsUseCase> notifications;
    private final BeanProvider<MeterRegistry> meters;
    private final int notificationsBatchSize;
    private final int batchSize;
    private final Duration minAge;
    private final Duration lease;
    private final String holder;
    private final Duration interval;
    private final AtomicReference<LastRun> lastRun = new AtomicReference<>();

    /**
     * What this instance's last run did (kept in memory: each instance knows its own runs; the operator console shows
     * it).
     *
     * @param finishedAt    when it ended
     * @param reconciled    orders asked about
     * @param failed        orders that could not be checked
     * @param notifications stored notifications looked up
     */
    public record LastRun(Instant finishedAt, int reconciled, int failed, int notifications) {
    }

    public ReconciliationJob(BeanProvider<ReconcileStaleOrdersUseCase> reconcile,
                             BeanProvider<ResolveStoredNotificationsUseCase> notifications,
                             BeanProvider<MeterRegistry> meters,
                             @Value("${cpay.reconciliation.notifications-batch-size:20}") int notificationsBatchSize,
                             @Value("${cpay.reconciliation.batch-size:50}") int batchSize,
                             @Value("${cpay.reconciliation.min-age:2m}") Duration minAge,
                             @Value("${cpay.reconciliation.lease:5m}") Duration lease,
                             @Value("${cpay.reconciliation.interval:60s}") Duration interval,
                             InstanceId instanceId) {
        this.reconcile = reconcile;
        this.notifications = notifications;
        this.meters = meters;
        this.notificationsBatchSize = notificationsBatchSize;
        this.batchSize = batchSize;
        this.minAge = minAge;
        this.lease = lease;
        this.holder = instanceId.value();
        this.interval = interval;
        // checks the settings now rather than at the first run
        new ReconcileStaleOrdersUseCase.Command(batchSize, minAge, holder, lease);
        new ResolveStoredNotificationsUseCase.Command(notificationsBatchSize);
    }

    // one trace per run (spans ReconciliationJob.run, .runOnce, .resolveStoredNotifications), the C-Pay calls and
    // statements of the run under them
    @Scheduled(fixedDelay = "${cpay.reconciliation.interval:60s}",
            initialDelay = "${cpay.reconciliation.initial-delay:30s}")
    @NewSpan
    void run() {
        ReconcileStaleOrdersUseCase.Result orders = runOnce();
        ResolveStoredNotificationsUseCase.Result stored = resolveStoredNotifications();
        lastRun.set(new LastRun(Instant.now(), orders.reconciled().size(), orders.failed(), stored.entries().size()));
    }

    /** This instance's last scheduled run, none before the first. */
    public Optional<LastRun> lastRun() {
        return Optional.ofNullable(lastRun.get());
    }

    /** The settings, as the console shows them: name and value. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("interval (cpay.reconciliation.interval)", interval.toString());
        settings.put("orders per run (batch-size)", Integer.toString(batchSize));
        settings.put("an order is looked at after being quiet for (min-age)", minAge.toString());
        settings.put("lease an instance holds on the orders it checks (lease)", lease.toString());
        settings.put("stored notifications per run (notifications-batch-size)", Integer.toString(notificationsBatchSize));
        settings.put("this instance, the lease holder", holder);
        return settings;
    }

    /** How long between runs. */
    public Duration interval() {
        return interval;
    }

    /** One run; what it did. */
    @NewSpan
    public ReconcileStaleOrdersUseCase.Result runOnce() {
        try {
            ReconcileStaleOrdersUseCase.Result result = reconcile.get().reconcileStale(
                    new ReconcileStaleOrdersUseCase.Command(batchSize, minAge, holder, lease));
            for (ReconcileOrderUseCase.Result r : result.reconciled()) {
                meters.get().counter("cpay.reconciliation.orders", "finding", r.finding().name()).increment();
                if (r.before() != r.after() || r.needsReview()) {
                    LOG.info("reconciled {}: {} -> {} ({}{})", r.merchantTradeNo(), r.before(), r.after(),
                            r.finding(), r.needsReview() ? ", needs review" : "");
                }
            }
            if (result.failed() > 0) {
                meters.get().counter("cpay.reconciliation.failures").increment(result.failed());
                LOG.warn("reconciliation: {} orders could not be checked with C-Pay; retried after their lease",
                        result.failed());
            }
            return result;
        } catch (RuntimeException e) {
            meters.get().counter("cpay.reconciliation.failures").increment();
            LOG.warn("reconciliation run failed: {}", e.toString());
            return new ReconcileStaleOrdersUseCase.Result(java.util.List.of(), 0);
        }
    }

    /** One pass over the webhooks held unmatched or unreadable; what it did. */
    @NewSpan
    public ResolveStoredNotificationsUseCase.Result resolveStoredNotifications() {
        try {
            ResolveStoredNotificationsUseCase.Result result = notifications.get().resolve(
                    new ResolveStoredNotificationsUseCase.Command(notificationsBatchSize));
            for (ResolveStoredNotificationsUseCase.Result.Entry e : result.entries()) {
                meters.get().counter("cpay.reconciliation.notifications", "finding", e.finding().name()).increment();
                LOG.info("stored notification {}: {} ({})", e.dedupeKey(), e.finding(), e.detail());
            }
            return result;
        } catch (RuntimeException e) {
            meters.get().counter("cpay.reconciliation.failures").increment();
            LOG.warn("stored notifications pass failed: {}", e.toString());
            return new ResolveStoredNotificationsUseCase.Result(java.util.List.of());
        }
    }

    /** Who holds the leases of this instance. */
    public String holder() {
        return holder;
    }


}
