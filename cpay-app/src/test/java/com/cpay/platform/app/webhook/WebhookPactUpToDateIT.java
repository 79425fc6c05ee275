package com.cpay.platform.app.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

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

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_regenerated_webhook_pact_equals_the_committed_one() throws IOException {
        Set<String> generated = pactFiles(WebhookContract.GENERATED_PACTS);
        Set<String> committed = pactFiles(WebhookContract.COMMITTED_PACTS);
        if (generated.isEmpty()) {
            fail("no webhook pact in " + WebhookContract.GENERATED_PACTS + ": NotificationContractTest did not run; run "
                    + REGENERATE.replace(" -Dcontracts.update=true", ""));
        }
        if (Boolean.getBoolean("contracts.update")) {
            update(generated, committed);
            return;
        }
        List<String> problems = new ArrayList<>();
        Set<String> all = new TreeSet<>(generated);
        all.addAll(committed);
        for (String name : all) {
            if (!committed.contains(name)) {
                problems.add("contracts/pacts/webhooks/" + name + " is missing (new pact)");
            } else if (!generated.contains(name)) {
                problems.add("contracts/pacts/webhooks/" + name + " is no longer produced by the consumer tests");
            } else {
                String difference = difference(read(WebhookContract.COMMITTED_PACTS.resolve(name)),
                        read(WebhookContract.GENERATED_PACTS.resolve(name)));
                if (difference != null) {
                    problems.add("contracts/pacts/webhooks/" + name + ":\n    " + difference);
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("webhook contract changed: regenerate with `" + REGENERATE + "` and commit contracts/pacts/webhooks/"
                    + WebhookContract.PACT_FILE + "\n  " + String.join("\n  ", problems));
        }
    }

    /** Null when equal, else which interactions were added, removed or changed. */
    static String difference(JsonNode committed, JsonNode generated) {
        if (committed.equals(generated)) {
            return null;
        }
        Map<String, JsonNode> before = byKey(committed);
        Map<String, JsonNode> after = byKey(generated);
        List<String> parts = new ArrayList<>();
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(k -> parts.add("added [" + k + "]"));
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(k -> parts.add("removed [" + k + "]"));
        before.forEach((k, v) -> {
            if (after.containsKey(k) && !v.equals(after.get(k))) {
                parts.add("changed [" + k + "]");
            }
        });
        if (parts.isEmpty() && !new ArrayList<>(before.keySet()).equals(new ArrayList<>(after.keySet()))) {
            parts.add("interaction order changed");
        }
        if (parts.isEmpty()) {
            parts.add("consumer, provider or metadata changed");
        }
        return String.join("\n    ", parts);
    }

    private static Map<String, JsonNode> byKey(JsonNode pact) {
        Map<String, JsonNode> interactions = new LinkedHashMap<>();
        for (JsonNode interaction : pact.path("interactions")) {
            List<String> states = new ArrayList<>();
            interaction.path("providerStates").forEach(s -> states.add(s.path("name").asText()));
            interactions.put(String.join(", ", states) + " | " + interaction.path("description").asText(), interaction);
        }
        return interactions;
    }

    /** The pact without the pact-jvm version of its metadata, which a pact-jvm upgrade alone changes. */
    private static JsonNode read(Path file) throws IOException {
        JsonNode pact = JSON.readTree(file.toFile());
        JsonNode pactJvm = pact.path("metadata").path("pact-jvm");
        if (pactJvm instanceof ObjectNode node) {
            node.remove("version");
        }
        return pact;
    }

    private static void update(Set<String> generated, Set<String> committed) throws IOException {
        Files.createDirectories(WebhookContract.COMMITTED_PACTS);
        for (String name : generated) {
            Files.copy(WebhookContract.GENERATED_PACTS.resolve(name), WebhookContract.COMMITTED_PACTS.resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
            System.out.println("contracts/pacts/webhooks/" + name + " updated from target/pacts: review and commit it");
        }
        for (String name : committed) {
            if (!generated.contains(name)) {
                Files.delete(WebhookContract.COMMITTED_PACTS.resolve(name));
                System.out.println("contracts/pacts/webhooks/" + name + " deleted: no consumer test produces it any more");
            }
        }
    }

    private static Set<String> pactFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }
}
