package com.cpay.platform.app.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every message of the committed webhook pact (contracts/pacts/webhooks) conforms to cpay-webhook.yaml
 * ({@link WebhookSpecConformance}): the JSON bodies as JSON, the form bodies decoded into objects of strings. The
 * second test plants one error of each kind in a copy of the pact and expects each to be reported, so that a check
 * which silently validated nothing could not pass.
 */
class CommittedWebhookPactConformsToSpecTest {

    private static final Path COMMITTED = WebhookContract.COMMITTED_PACTS.resolve(WebhookContract.PACT_FILE);
    private static WebhookSpecConformance spec;

    @BeforeAll
    static void readSpec() {
        spec = new WebhookSpecConformance(WebhookContract.SPEC);
    }

    @Test
    void every_message_of_the_committed_webhook_pact_conforms_to_the_spec() {
        JsonNode pact = WebhookSpecConformance.read(COMMITTED);
        List<String> contentTypes = new ArrayList<>();
        pact.path("interactions").forEach(i -> contentTypes.add(i.at("/contents/contentType").asText()));
        assertThat(contentTypes).as("messages of %s", COMMITTED.getFileName()).hasSizeGreaterThanOrEqualTo(10)
                .containsOnly(WebhookContract.JSON, WebhookContract.FORM);
        assertThat(contentTypes.stream().filter(WebhookContract.JSON::equals).count())
                .as("as many JSON messages as form messages").isEqualTo(contentTypes.size() / 2);

        String report = spec.check(COMMITTED);
        if (!report.isEmpty()) {
            fail("contracts/pacts/webhooks/" + WebhookContract.PACT_FILE + " does not conform to cpay-webhook.yaml:\n"
                    + report);
        }
    }

    @Test
    void planted_errors_in_json_and_form_messages_are_all_reported() {
        ObjectNode pact = (ObjectNode) WebhookSpecConformance.read(COMMITTED);
        ArrayNode planted = pact.arrayNode();
        for (JsonNode interaction : pact.get("interactions")) {
            String description = interaction.get("description").asText();
            ObjectNode copy = interaction.deepCopy();
            ObjectNode contents = (ObjectNode) copy.get("contents");
            String form = contents.path("content").asText();
            if (description.equals(NotificationContractTest.DEPOSIT_COMPLETED + ", as JSON")) {
                // a required field missing
                ((ObjectNode) contents.get("content")).remove("fee");
            } else if (description.equals(NotificationContractTest.DEPOSIT_PROCESSING + ", as JSON")) {
                // LenientText is oneOf string | number: a boolean is neither
                ((ObjectNode) contents.get("content")).put("merchantId", true);
            } else if (description.equals(NotificationContractTest.WITHDRAW_COMPLETED + ", as a form")) {
                // a status name instead of a code: OrderStatusCode is digits (an open set, but of codes)
                contents.put("content", form.replace("orderStatus=14", "orderStatus=COMPLETED"));
            } else if (description.equals(NotificationContractTest.FEE_ZERO + ", as a form")) {
                // a sign that is not 64 lowercase hex characters
                contents.put("content", form.replaceFirst("sign=[0-9a-f]{64}", "sign=NOT-A-SIGNATURE"));
            } else if (description.equals(NotificationContractTest.NO_ORDER_DEPOSIT + ", as a form")) {
                // a body form the operation does not declare
                contents.put("contentType", "text/plain");
            } else {
                continue;
            }
            copy.put("description", "planted: " + description);
            planted.add(copy);
        }
        assertThat(planted).hasSize(5);
        pact.set("interactions", planted);

        String report = spec.check(pact);

        assertThat(report).contains("planted: " + NotificationContractTest.DEPOSIT_COMPLETED + ", as JSON")
                .contains("[\"fee\"]");
        assertThat(report).contains("planted: " + NotificationContractTest.DEPOSIT_PROCESSING + ", as JSON")
                .contains("merchantId");
        assertThat(report).contains("planted: " + NotificationContractTest.WITHDRAW_COMPLETED + ", as a form")
                .contains("COMPLETED");
        assertThat(report).contains("planted: " + NotificationContractTest.FEE_ZERO + ", as a form")
                .contains("NOT-A-SIGNATURE");
        assertThat(report).contains("planted: " + NotificationContractTest.NO_ORDER_DEPOSIT + ", as a form")
                .contains("text/plain is not declared");
        assertThat(report.lines().filter(l -> l.startsWith("- planted: "))).hasSize(5);
    }
}
