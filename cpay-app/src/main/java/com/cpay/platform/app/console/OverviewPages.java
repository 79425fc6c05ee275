package com.cpay.platform.app.console;

import com.cpay.platform.domain.account.GetBalancesUseCase;
import com.cpay.platform.domain.notification.InboxEntry;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.shared.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages that are not about one order: the webhook inbox (notifications refused, unmatched, unreadable or failed,
 * as stored: refused bodies only as their redacted excerpt), the balances at C-Pay, and the audit log.
 */
@Controller("/console")
@ExecuteOn(TaskExecutors.BLOCKING)
class OverviewPages {

    /** The inbox states a person may need to look at, and what each means. */
    static final Map<InboxEntry.State, String> INBOX_STATES = inboxStates();
    static final int INBOX_PAGE = 100;
    static final int AUDIT_PAGE = 100;

    private final NotificationInbox inbox;
    private final GetBalancesUseCase balances;
    private final ConsoleAuditLog audit;
    private final ConsolePages pages;

    OverviewPages(NotificationInbox inbox, GetBalancesUseCase balances, ConsoleAuditLog audit, ConsolePages pages) {
        this.inbox = inbox;
        this.balances = balances;
        this.audit = audit;
        this.pages = pages;
    }

    @Get("/webhooks")
    MutableHttpResponse<?> webhooks(HttpRequest<?> request, @Nullable @QueryValue String state) {
        Map<String, Object> model = pages.model(request, "Webhook inbox", "webhooks");
        InboxEntry.State shown = INBOX_STATES.keySet().stream().filter(s -> s.name().equals(state)).findFirst()
                .orElse(InboxEntry.State.UNMATCHED);
        List<Map<String, Object>> tabs = INBOX_STATES.entrySet().stream().map(e -> {
            Map<String, Object> tab = new LinkedHashMap<>();
            tab.put("state", e.getKey().name());
            tab.put("meaning", e.getValue());
            tab.put("current", e.getKey() == shown);
            return tab;
        }).toList();
        model.put("tabs", tabs);
        model.put("state", shown.name());
        model.put("meaning", INBOX_STATES.get(shown));
        model.put("notifications", inbox.listByState(shown, INBOX_PAGE).stream().map(ConsoleViews::notification)
                .toList());
        return ConsolePages.page("webhooks", model);
    }

    @Get("/balances")
    MutableHttpResponse<?> balances(HttpRequest<?> request) {
        Map<String, Object> model = pages.model(request, "Balances", "balances");
        try {
            model.put("balances", balances.getBalances().balances().stream().map(b -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("currency", b.currency());
                row.put("available", b.available().toPlainString());
                row.put("frozen", b.frozen().toPlainString());
                return row;
            }).toList());
            model.put("error", "");
            return ConsolePages.page("balances", model);
        } catch (DomainException e) {
            model.put("balances", List.of());
            model.put("error", "C-Pay could not be asked for the balances: " + e.getMessage());
            return ConsolePages.page(HttpStatus.BAD_GATEWAY, "balances", model);
        }
    }

    @Get("/audit")
    MutableHttpResponse<?> audit(HttpRequest<?> request, @Nullable @QueryValue Long before) {
        Map<String, Object> model = pages.model(request, "Audit log", "audit");
        List<AuditEntry> entries = audit.list(Optional.empty(), Optional.ofNullable(before), AUDIT_PAGE);
        model.put("entries", entries.stream().map(ConsoleViews::audit).toList());
        model.put("next", entries.size() == AUDIT_PAGE ? "/console/audit?before=" + entries.get(AUDIT_PAGE - 1).id()
                : "");
        return ConsolePages.page("audit", model);
    }

    private static Map<InboxEntry.State, String> inboxStates() {
        Map<InboxEntry.State, String> states = new LinkedHashMap<>();
        states.put(InboxEntry.State.UNMATCHED, "verified, but no order of ours matches it (kept for review, never "
                + "booked)");
        states.put(InboxEntry.State.NEEDS_LOOKUP, "verified, but it could not be read or applied; C-Pay is asked");
        states.put(InboxEntry.State.REJECTED, "refused: forged, unsigned, unreadable or from another merchant (kept "
                + "as digest and redacted excerpt)");
        states.put(InboxEntry.State.FAILED, "verified, but processing failed");
        return states;
    }
}
