package com.cpay.platform.spec;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The specs and the code cite "SPEC-DECISIONS row N"; the rows live in the repository's own docs/decisions.md.
 * A citation of a row that is not there, or a "pinned by" test that was renamed away, would make the document lie.
 */
@DisplayName("docs/decisions.md")
class DecisionsDocumentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ROW = Pattern.compile("(?m)^\\| (\\d+) \\|");
    private static final Pattern PINNED_BY = Pattern.compile("`([A-Z][A-Za-z0-9]+(?:Test|IT))`");

    @Test
    @DisplayName("holds rows 1 to 28, each once, in order")
    void holds_every_row_once() throws IOException {
        List<Integer> rows = ROW.matcher(document()).results().map(r -> Integer.parseInt(r.group(1))).toList();
        assertThat(rows).containsExactlyElementsOf(IntStream.rangeClosed(1, 28).boxed().toList());
    }

    @Test
    @DisplayName("names only tests that exist in the repository")
    void names_only_existing_tests() throws IOException {
        Set<String> named = PINNED_BY.matcher(document()).results().map(r -> r.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.walk(ROOT)) {
            present = files.filter(p -> p.toString().contains("/src/test/java/"))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .collect(Collectors.toSet());
        }
        assertThat(named).isNotEmpty();
        assertThat(present).containsAll(named);
    }

    private static String document() throws IOException {
        return Files.readString(ROOT.resolve("docs/decisions.md"));
    }
}
