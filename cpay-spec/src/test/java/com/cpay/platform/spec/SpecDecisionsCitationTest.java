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

@DisplayName("The SPEC-DECISIONS rows")
class SpecDecisionsCitationTest {

    private static final Pattern CITATION = Pattern.compile("\\(SPEC-DECISIONS row (\\d+)\\)");

    @Test
    @DisplayName("are each cited in a description of the merchant API or webhook spec")
    void are_each_cited_in_a_description() {
        List<String> descriptions = new ArrayList<>(Specs.descriptions(Specs.MERCHANT_API));
        descriptions.addAll(Specs.descriptions(Specs.WEBHOOK));
        Set<Integer> cited = new TreeSet<>();
        descriptions.forEach(text -> {
            Matcher m = CITATION.matcher(text);
            while (m.find()) {
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
        assertThat(all).contains("(SPEC-DECISIONS row 13)", "(SPEC-DECISIONS row 14)", "(SPEC-DECISIONS row 15)");
    }
}
