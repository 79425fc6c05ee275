package com.cpay.platform.app.events;

import com.cpay.platform.app.support.CommittedPacts;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Runs after the consumer tests (failsafe): the events pact {@link OrderEventsConsumerContractTest} wrote must be the
 * committed one in {@code contracts/pacts/events} (see {@link CommittedPacts}).
 */
class EventsPactUpToDateIT {

    static final String REGENERATE = "./mvnw -B verify -pl cpay-app -Dtest='OrderEventsConsumerContractTest'"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcontracts.update=true";

    @Test
    void the_regenerated_events_pact_equals_the_committed_one() throws IOException {
        new CommittedPacts("events", EventsContract.GENERATED_PACTS, EventsContract.COMMITTED_PACTS,
                "contracts/pacts/events/", REGENERATE).check(name -> name.equals(EventsContract.PACT_FILE));
    }
}
