package com.cpay.platform.app.console;

import com.cpay.platform.app.reconciliation.ReconciliationJob;
import com.cpay.platform.domain.notification.InboxEntry;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.query.AttentionCounts;
import com.cpay.platform.domain.order.query.CountOrdersPort;
import com.cpay.platform.domain.order.query.ListOrdersUseCase;
import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the app knows about reconciliation: the job's settings and this instance's last run (in memory: another
 * instance keeps its own), the orders it still has to settle (open ones, those of unknown outcome with their next
 * lookup) and the stored notifications waiting for a lookup at C-Pay. Read only.
 */
@Controller("/console")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReconciliationPage {

    private final BeanProvider<ReconciliationJob> job;
    private final CountOrdersPort counts;
    private final ListOrdersUseCase listOrders;
    private final NotificationInbox inbox;
    private final ConsolePages pages;

    ReconciliationPage(BeanProvider<ReconciliationJob> job, CountOrdersPort counts, ListOrdersUseCase listOrders,
                       NotificationInbox inbox, ConsolePages pages) {
        this.job = job;
        this.counts = counts;
        this.listOrders = listOrders;
        this.inbox = inbox;
        this.pages = pages;
    }

    @Get("/reconciliation")
    MutableHttpResponse<?> reconciliation(HttpRequest<?> request) {
        Map<String, Object> model = pages.model(request, "Reconciliation", "reconciliation");
        Optional<ReconciliationJob> running = job.isPresent() ? Optional.of(job.get()) : Optional.empty();
        model.put("enabled", running.isPresent());
        model.put("settings", running.map(j -> j.settings().entrySet().stream()
                .map(e -> ConsoleViews.pair(e.getKey(), e.getValue())).toList()).orElse(List.of()));
        model.put("lastRun", running.flatMap(ReconciliationJob::lastRun).map(r -> "ended " + ConsoleViews.time(
                r.finishedAt()) + ": " + r.reconciled() + " orders asked about, " + r.failed() + " could not be "
                + "checked, " + r.notifications() + " stored notifications looked up").orElse(
                "none yet on this instance (the first run comes after cpay.reconciliation.initial-delay)"));
        model.put("nextDue", running.map(j -> j.lastRun().map(r -> ConsoleViews.time(r.finishedAt().plus(
                j.interval()))).orElse("after the initial delay")).orElse("never: the job is off"));

        Map<OrderStatus, Long> byStatus = counts.countByStatus();
        AttentionCounts attention = counts.countNeedingAttention();
        List<Map<String, Object>> awaiting = List.of(
                ConsoleViews.pair("open orders (PENDING and PROCESSING), checked once quiet for the min-age",
                        byStatus.getOrDefault(OrderStatus.PENDING, 0L) + byStatus.getOrDefault(OrderStatus.PROCESSING,
                                0L)),
                ConsoleViews.pair("of unknown outcome (looked up with backoff, then sent to review)",
                        attention.outcomeUnknown()),
                ConsoleViews.pair("flagged for review (a person decides; see the review queue)",
                        attention.needingReview()),
                ConsoleViews.pair("stored notifications matching no order (UNMATCHED)",
                        held(InboxEntry.State.UNMATCHED)),
                ConsoleViews.pair("stored notifications that could not be read (NEEDS_LOOKUP)",
                        held(InboxEntry.State.NEEDS_LOOKUP)));
        model.put("awaiting", awaiting);
        model.put("unknown", listOrders.listOrders(new ListOrdersUseCase.Query(null, null, null, null, null, null,
                Optional.of(OrdersPages.QUEUE), null, Optional.of(true))).orders().stream()
                .map(ReconciliationPage::lookup).toList());
        return ConsolePages.page("reconciliation", model);
    }

    private String held(InboxEntry.State state) {
        int shown = OverviewPages.INBOX_PAGE;
        int n = inbox.listByState(state, shown + 1).size();
        return n > shown ? "more than " + shown : Integer.toString(n);
    }

    private static Map<String, Object> lookup(OrderSnapshot o) {
        Map<String, Object> row = new LinkedHashMap<>(ConsoleViews.row(o));
        row.put("lookups", o.outcomeUnknown().map(u -> Integer.toString(u.lookups())).orElse("-"));
        row.put("nextLookupAt", o.outcomeUnknown().map(u -> ConsoleViews.time(u.nextLookupAt())).orElse("-"));
        row.put("since", o.outcomeUnknown().map(u -> ConsoleViews.time(u.since())).orElse("-"));
        return row;
    }
}
