package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.fake.NotificationInboxContract;
import com.cpay.platform.domain.notification.NotificationInbox;

/** The domain's inbox contract (also run by its in-memory fake) on H2. */
class DomainNotificationInboxContractH2Test extends NotificationInboxContract {
    @Override
    protected NotificationInbox newInbox() {
        return SharedDatabase.empty(Database.H2).inbox();
    }
}
