package com.cpay.platform.app.webhook;

import com.cpay.platform.app.support.CommittedPacts;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Runs after the consumer tests (failsafe, {@code integration-test} phase), as cpay-adapter-http's
 * {@code ContractsUpToDateIT} does for the HTTP contract: the webhook pact {@link NotificationContractTest} wrote
 * to {@code target/pacts} must be the committed one in {@code contracts/pacts/webhooks}, compared as parsed JSON;
 * only the pact-jvm version in {@code metadata} may differ. With {@code -Dcontracts.update=true} the regenerated
 * pact is copied over the committed one instead (then review and commit it).
 */
class WebhookPactUpToDateIT {

    static final String REGENERATE = "./mvnw -B verify -pl cpay-app -Dtest='NotificationContractTest'"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcontracts.update=true";

    @Test
    void the_regenerated_webhook_pact_equals_the_committed_one() throws IOException {
        new CommittedPacts("webhook", WebhookContract.GENERATED_PACTS, WebhookContract.COMMITTED_PACTS,
                "contracts/pacts/webhooks/", REGENERATE).check(name -> name.equals(WebhookContract.PACT_FILE));
    }
}
