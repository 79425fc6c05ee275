package com.cpay.platform.domain.notification;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase;
import com.cpay.platform.domain.notification.ResolveStoredNotificationsUseCase.Result.Entry;
import com.cpay.platform.domain.notification.ResolveStoredNotificationsUseCase.Result.Finding;
import com.cpay.platform.domain.reconciliation.CpayOrderQueryGateway;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.reconciliation.LookupFinding;
import com.cpay.platform.domain.reconciliation.OrderLookup;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settles the inbox's {@code NEEDS_LOOKUP} and {@code UNMATCHED} entries through C-Pay's getOrderDetail. Holds no
 * lease: two instances taking the same entry at once ask C-Pay twice and reconcile the same order twice, both
 * harmless (a query moves no money; the state machine ignores a repeated report). A failed attempt is retried
 * after {@link #FIRST_RETRY}, doubled each time up to {@link #MAX_RETRY}, so a failing lookup is not hammered.
 */
@Service
public final class ResolveStoredNotificationsService implements ResolveStoredNotificationsUseCase {

    /** Delay after the first failed attempt. */
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    /** Longest delay between attempts. */
    public static final Duration MAX_RETRY = Duration.ofHours(1);

    private final NotificationInbox inbox;
    private final LoadOrderPort load;
    private final CpayOrderQueryGateway gateway;
    private final ReconcileOrderUseCase reconciler;
    private final Clock clock;

    public ResolveStoredNotificationsService(NotificationInbox inbox, LoadOrderPort load,
                                             CpayOrderQueryGateway gateway, ReconcileOrderUseCase reconciler,
                                             Clock clock) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.load = Objects.requireNonNull(load, "load");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ResolveStoredNotificationsUseCase.Result resolve(ResolveStoredNotificationsUseCase.Command command) {
        Objects.requireNonNull(command, "command");
        List<Entry> entries = new ArrayList<>();
        for (StoredNotification stored : inbox.dueForLookup(clock.instant(), command.batchSize())) {
            Instant now = clock.instant();
            try {
                entries.add(resolve(stored, now));
            } catch (DomainException e) {
                // C-Pay unreachable or refusing, the order changing under us, or its report unreadable
                String reason = "lookup failed: " + e.getClass().getSimpleName();
                inbox.lookupFailed(stored.dedupeKey(), reason, now.plus(delayAfter(stored.lookupAttempts() + 1)));
                entries.add(new Entry(stored.dedupeKey(), Finding.FAILED, Optional.empty(), reason));
            }
        }
        return new ResolveStoredNotificationsUseCase.Result(entries);
    }

    /** How long to wait after the {@code failures}-th failed attempt: 1 min, 2 min, 4 min ... at most 1 h. */
    static Duration delayAfter(int failures) {
        Duration delay = FIRST_RETRY;
        for (int i = 1; i < failures && delay.compareTo(MAX_RETRY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(MAX_RETRY) < 0 ? delay : MAX_RETRY;
    }

    private Entry resolve(StoredNotification stored, Instant now) {
        String key = stored.dedupeKey();
        Optional<Order> order = OrderMatch.find(load, stored.keys());
        if (order.isPresent()) {
            return reconcile(key, order.get(), now);
        }
        Optional<OrderLookup> lookup = stored.keys().cpayLookup();
        if (lookup.isEmpty()) {
            inbox.recordLookup(key, LookupFinding.noKey(), now);
            return new Entry(key, Finding.NO_KEY, Optional.empty(), "no key to ask C-Pay by: kept for review");
        }
        Optional<OrderReport> report = gateway.findOrder(lookup.get());
        if (report.isEmpty()) {
            inbox.recordLookup(key, LookupFinding.notFound(), now);
            return new Entry(key, Finding.NOT_AT_CPAY, Optional.empty(), "C-Pay does not know it: kept for review");
        }
        // C-Pay may name an order of ours the notification's own keys did not reach (its id not known here yet)
        Optional<Order> named = report.get().merchantTradeNo()
                .flatMap(no -> load.findByMerchantTradeNo(no, HistoryRead.LAST_ENTRY));
        if (named.isPresent()) {
            return reconcile(key, named.get(), now);
        }
        inbox.recordLookup(key, LookupFinding.found(report.get()), now);
        return new Entry(key, Finding.REPORTED_BY_CPAY, Optional.empty(),
                "C-Pay reports it " + report.get().status() + ", no order of ours: kept for review");
    }

    private Entry reconcile(String key, Order order, Instant now) {
        ReconcileOrderUseCase.Result reconciled = reconciler.reconcile(new ReconcileOrderUseCase.Command(order.merchantTradeNo()));
        String resolution = "order " + reconciled.merchantTradeNo() + " reconciled: " + reconciled.finding()
                + ", " + reconciled.before() + " -> " + reconciled.after()
                + (reconciled.needsReview() ? ", needs review" : "");
        inbox.markResolved(key, resolution, now);
        return new Entry(key, Finding.RESOLVED, Optional.of(reconciled.merchantTradeNo()), resolution);
    }
}
