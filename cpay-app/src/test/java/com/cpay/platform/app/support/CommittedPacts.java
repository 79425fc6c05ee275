package com.cpay.platform.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A committed pact folder against what this build's consumer tests wrote to {@code target/pacts}: compared as parsed
 * JSON, only the pact-jvm version in {@code metadata} may differ, and a difference fails naming the interactions
 * added, removed or changed. With {@code -Dcontracts.update=true} the regenerated pacts are copied over the
 * committed ones instead (then review and commit them).
 *
 * @param what       what the pacts are, for messages ("webhook")
 * @param generated  where the consumer tests wrote them
 * @param committed  the committed folder
 * @param shown      the committed folder as messages name it ({@code contracts/pacts/webhooks/})
 * @param regenerate the command that regenerates them
 */
public record CommittedPacts(String what, Path generated, Path committed, String shown, String regenerate) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Checks (or updates) the pact files of this folder whose names {@code mine} accepts. */
    public void check(Predicate<String> mine) throws IOException {
        Set<String> made = pactFiles(generated, mine);
        Set<String> kept = pactFiles(committed, mine);
        if (made.isEmpty()) {
            fail("no " + what + " pact in " + generated + ": its consumer tests did not run; run "
                    + regenerate.replace(" -Dcontracts.update=true", ""));
        }
        if (Boolean.getBoolean("contracts.update")) {
            update(made, kept);
            return;
        }
        List<String> problems = new ArrayList<>();
        Set<String> all = new TreeSet<>(made);
        all.addAll(kept);
        for (String name : all) {
            if (!kept.contains(name)) {
                problems.add(shown + name + " is missing (new pact)");
            } else if (!made.contains(name)) {
                problems.add(shown + name + " is no longer produced by the consumer tests");
            } else {
                String difference = difference(read(committed.resolve(name)), read(generated.resolve(name)));
                if (difference != null) {
                    problems.add(shown + name + ":\n    " + difference);
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(what + " contract changed: regenerate with `" + regenerate + "` and commit " + shown
                    + String.join(", ", made) + "\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * How many interactions (or messages) the committed pact files of {@code folder} hold for {@code provider}, at
     * least one: a provider verification checks it verified that many, so that a file it did not read is noticed.
     */
    public static int interactions(Path folder, String provider) throws IOException {
        int count = 0;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode pact = JSON.readTree(file.toFile());
                if (pact.path("provider").path("name").asText().equals(provider)) {
                    count += pact.path("interactions").size();
                }
            }
        }
        if (count == 0) {
            fail("no interaction for provider " + provider + " in " + folder);
        }
        return count;
    }

    /** Null when equal, else which interactions were added, removed or changed. */
    public static String difference(JsonNode committed, JsonNode generated) {
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

    private void update(Set<String> made, Set<String> kept) throws IOException {
        Files.createDirectories(committed);
        for (String name : made) {
            Files.copy(generated.resolve(name), committed.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            System.out.println(shown + name + " updated from target/pacts: review and commit it");
        }
        for (String name : kept) {
            if (!made.contains(name)) {
                Files.delete(committed.resolve(name));
                System.out.println(shown + name + " deleted: no consumer test produces it any more");
            }
        }
    }

    private static Set<String> pactFiles(Path dir, Predicate<String> mine) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).filter(mine)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
