package com.cpay.platform.spec;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The C-Pay specs cite docs/decisions.md by a link relative to cpay-spec/src/main/resources, at the row's anchor. */
@DisplayName("The rows of docs/decisions.md")
class DecisionCitationsTest {

    private static final Pattern CITATION =
            Pattern.compile("\\(\\[decision (\\d+)\\]\\(\\.\\./\\.\\./\\.\\./\\.\\./docs/decisions\\.md#decision-(\\d+)\\)\\)");

    @Test
    @DisplayName("are each cited in a description of the merchant API or webhook spec")
    void are_each_cited_in_a_description() {
        List<String> descriptions = new ArrayList<>(Specs.descriptions(Specs.MERCHANT_API));
        descriptions.addAll(Specs.descriptions(Specs.WEBHOOK));
        Set<Integer> cited = new TreeSet<>();
        descriptions.forEach(text -> {
            Matcher m = CITATION.matcher(text);
            while (m.find()) {
                assertThat(m.group(2)).as("anchor of %s", m.group()).isEqualTo(m.group(1));
                cited.add(Integer.parseInt(m.group(1)));
            }
        });
        assertThat(cited).containsAll(IntStream.rangeClosed(1, 28).boxed().toList());
        assertThat(cited).allSatisfy(row -> assertThat(row).isBetween(1, 28));
    }

    @Test
    @DisplayName("about the webhook (13, 14, 15) are cited in the webhook spec")
    void about_the_webhook_are_cited_in_the_webhook_spec() {
        String all = String.join("\n", Specs.descriptions(Specs.WEBHOOK));
        assertThat(all).contains(
                "([decision 13](../../../../docs/decisions.md#decision-13))",
                "([decision 14](../../../../docs/decisions.md#decision-14))",
                "([decision 15](../../../../docs/decisions.md#decision-15))");
    }
}
