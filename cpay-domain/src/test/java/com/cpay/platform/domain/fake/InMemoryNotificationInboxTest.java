package com.cpay.platform.domain.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.notification.InboundNotification;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.shared.NotFoundException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryNotificationInboxTest extends NotificationInboxContract {

    @Override
    protected NotificationInbox newInbox() {
        return new InMemoryNotificationInbox();
    }

    @Test
    void marking_an_unknown_entry_is_a_bug_in_the_caller() {
        assertThatThrownBy(() -> inbox.markProcessed("nope", Instant.EPOCH)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_first_payload_is_kept() {
        InMemoryNotificationInbox fake = new InMemoryNotificationInbox();
        fake.record(InboundNotification.verified("k", "first", Instant.EPOCH));
        fake.record(InboundNotification.verified("k", "second", Instant.EPOCH));

        assertThat(fake.notification("k")).flatMap(InboundNotification::payload).contains("first");
    }
}
