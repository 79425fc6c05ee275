package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.fake.NotificationInboxContract;
import com.cpay.platform.domain.notification.NotificationInbox;

/** The domain's inbox contract (also run by its in-memory fake) on Postgres. */
class DomainNotificationInboxContractPostgresTest extends NotificationInboxContract {
    @Override
    protected NotificationInbox newInbox() {
        return SharedDatabase.empty(Database.POSTGRESQL).inbox();
    }
}
