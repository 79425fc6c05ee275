package com.cpay.platform.spec;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The specs, READMEs and code cite the rows of the repository's own docs/decisions.md: markdown (the OpenAPI
 * descriptions, READMEs) by a link relative to the citing file with the row's anchor, Java as "docs/decisions.md,
 * decision N". A citation of a row that is not there, a link that does not reach the file, or a "pinned by" test
 * that was renamed away would make the document or its readers lie.
 */
@DisplayName("docs/decisions.md")
class DecisionsDocumentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DOCUMENT = ROOT.resolve("docs/decisions.md");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| <a id=\"decision-(\\d+)\"></a>(\\d+) \\|");
    private static final Pattern PINNED_BY = Pattern.compile("`([A-Z][A-Za-z0-9]+(?:Test|IT))`");
    /** A markdown link to the document, with or without an anchor. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^()\\s#]*decisions\\.md)(?:#([^()\\s]*))?\\)");
    /** The citation in code, where links mean nothing: "docs/decisions.md, decision 21", "..., decisions 16 and 21". */
    private static final Pattern PLAIN = Pattern.compile("docs/decisions\\.md, decisions? (\\d+(?:(?:, | and |-)\\d+)*)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** The name of the file the citations used to point at, which is not in the repository. */
    private static final String OLD_NAME = "SPEC-DECISIONS";

    @Test
    @DisplayName("holds rows 1 to 28, each once, in order, each with the anchor of its number")
    void holds_every_row_once() throws IOException {
        List<Integer> rows = new ArrayList<>();
        ROW.matcher(document()).results().forEach(r -> {
            assertThat(r.group(1)).as("anchor of row %s", r.group(2)).isEqualTo(r.group(2));
            rows.add(Integer.parseInt(r.group(2)));
        });
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

    @Test
    @DisplayName("is reached by every markdown link to it, relative to the linking file, at a row that exists")
    void every_link_reaches_an_existing_row() throws IOException {
        Set<String> anchors = anchors();
        List<String> wrong = new ArrayList<>();
        int links = 0;
        for (Path file : sources()) {
            if (!isMarkdown(file) || file.equals(DOCUMENT)) {
                continue;
            }
            Matcher m = LINK.matcher(read(file));
            while (m.find()) {
                links++;
                String where = ROOT.relativize(file) + ": " + m.group();
                if (!file.getParent().resolve(m.group(1)).normalize().equals(DOCUMENT)) {
                    wrong.add(where + " does not resolve to docs/decisions.md");
                } else if (m.group(2) != null && !anchors.contains(m.group(2))) {
                    wrong.add(where + " names no row of docs/decisions.md");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(links).as("links to docs/decisions.md found").isGreaterThan(100);
    }

    @Test
    @DisplayName("has every row that the code cites as \"docs/decisions.md, decision N\"")
    void every_plain_citation_names_an_existing_row() throws IOException {
        Set<String> rows = rows();
        List<String> wrong = new ArrayList<>();
        int citations = 0;
        for (Path file : sources()) {
            if (isMarkdown(file)) {
                continue;
            }
            Matcher m = PLAIN.matcher(read(file));
            while (m.find()) {
                citations++;
                for (String row : NUMBER.matcher(m.group(1)).results().map(MatchResult::group).toList()) {
                    if (!rows.contains(row)) {
                        wrong.add(ROOT.relativize(file) + ": " + m.group() + " names no row " + row);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(citations).as("citations in code found").isGreaterThan(100);
    }

    /**
     * The old citations named a file the repository does not hold. Applied Flyway migrations keep theirs: editing
     * even a comment changes the checksum that databases migrated before would refuse.
     */
    @Test
    @DisplayName("is the only decisions file cited: no citation of the old SPEC-DECISIONS file is left")
    void no_old_citation_is_left() throws IOException {
        Path self = ROOT.resolve("cpay-spec/src/test/java/com/cpay/platform/spec/DecisionsDocumentTest.java");
        List<Path> left = new ArrayList<>();
        for (Path file : sources()) {
            if (!file.equals(self) && !file.toString().contains("/db/migration/") && read(file).contains(OLD_NAME)) {
                left.add(ROOT.relativize(file));
            }
        }
        assertThat(left).isEmpty();
    }

    private static String document() throws IOException {
        return Files.readString(DOCUMENT);
    }

    private static Set<String> rows() throws IOException {
        return ROW.matcher(document()).results().map(r -> r.group(2)).collect(Collectors.toSet());
    }

    private static Set<String> anchors() throws IOException {
        return ROW.matcher(document()).results().map(r -> "decision-" + r.group(1)).collect(Collectors.toSet());
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Every file of the repository but build output and version control (binaries do no harm: read as bytes). */
    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        for (Path part : ROOT.relativize(p)) {
                            if (Set.of("target", "node_modules", ".git").contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
