package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one pass over the stored notifications did, entry by entry.
 *
 * @param entries one line per entry taken
 */
public record ResolveStoredNotificationsResult(List<Entry> entries) {

    public ResolveStoredNotificationsResult {
        entries = List.copyOf(entries);
    }

    /** How many entries ended this way. */
    public long count(Finding finding) {
        return entries.stream().filter(e -> e.finding() == finding).count();
    }

    /** What was found for one entry. */
    public enum Finding {
        /** An order of ours matched its keys and was reconciled with C-Pay: the entry is resolved. */
        RESOLVED,
        /** No order of ours matched; C-Pay reported the order: its answer is kept, the entry stays unmatched. */
        REPORTED_BY_CPAY,
        /** No order of ours matched and C-Pay does not know the order: kept unmatched for review. */
        NOT_AT_CPAY,
        /** No order of ours matched and there was no key to ask C-Pay by: kept unmatched for review. */
        NO_KEY,
        /** Asking C-Pay or reconciling failed: retried on a later pass, after a delay. */
        FAILED
    }

    /**
     * @param dedupeKey the inbox entry
     * @param finding   what was found
     * @param order     the order of ours it was matched to, when {@link Finding#RESOLVED}
     * @param detail    a short explanation for logs
     */
    public record Entry(String dedupeKey, Finding finding, Optional<MerchantTradeNo> order, String detail) {

        public Entry {
            Checks.required("dedupeKey", dedupeKey);
            Objects.requireNonNull(finding, "finding");
            order = CommandRules.orEmpty(order);
            Objects.requireNonNull(detail, "detail");
        }
    }
}
