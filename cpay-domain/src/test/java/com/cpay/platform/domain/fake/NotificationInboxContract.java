package com.cpay.platform.domain.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.port.out.InboundNotification;
import com.cpay.platform.domain.port.out.InboxEntry;
import com.cpay.platform.domain.port.out.NotificationInbox;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NotificationInbox} must do; the persistence adapter extends it with its database. */
public abstract class NotificationInboxContract {

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    protected NotificationInbox inbox;

    protected abstract NotificationInbox newInbox();

    @BeforeEach
    void emptyInbox() {
        inbox = newInbox();
    }

    @Test
    void a_first_delivery_is_recorded_and_a_redelivery_is_a_duplicate_with_the_first_ones_state() {
        InboxEntry first = inbox.record(InboundNotification.verified("k", "{}", NOW));
        inbox.markProcessed("k", NOW);
        InboxEntry again = inbox.record(InboundNotification.verified("k", "{}", NOW));

        assertThat(first).isEqualTo(new InboxEntry("k", InboxEntry.Outcome.RECORDED, InboxEntry.State.RECEIVED));
        assertThat(again).isEqualTo(new InboxEntry("k", InboxEntry.Outcome.DUPLICATE, InboxEntry.State.PROCESSED));
    }

    @Test
    void a_rejected_delivery_is_recorded_as_rejected() {
        assertThat(inbox.record(InboundNotification.rejected("k", "{}", "unsigned", NOW)).state())
                .isEqualTo(InboxEntry.State.REJECTED);
    }

    @Test
    void a_failed_entry_is_offered_for_processing_again() {
        inbox.record(InboundNotification.verified("k", "{}", NOW));
        inbox.markFailed("k", "orderStatus [required]", NOW);

        assertThat(inbox.record(InboundNotification.verified("k", "{}", NOW)).needsProcessing()).isTrue();
    }
}
