package com.cpay.platform.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"asdf@gmail.com", "first.last+tag@sub.example.com.br", "a@b.co", "o'neil@x-y.org",
        "x_y-z{1}@a1.io"})
    void usual_addresses_are_plausible(String email) {
        assertThat(EmailRule.isPlausible(email)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "plain", "@gmail.com", "a@", "a@@b.com", "a@b@c.com", "a@localhost", "a@b.c",
        ".a@b.com", "a.@b.com", "a..b@c.com", "a b@c.com", "a@-b.com", "a@b-.com", "a@b..com", "a@b.com.",
        "a@1.23", "\"q\"@b.com", "a@[127.0.0.1]", "jo\u00e3o@b.com"})
    void other_texts_are_not(String email) {
        assertThat(EmailRule.isPlausible(email)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void the_local_part_is_at_most_64_characters() {
        assertThat(EmailRule.isPlausible("a".repeat(64) + "@b.com")).isTrue();
        assertThat(EmailRule.isPlausible("a".repeat(65) + "@b.com")).isFalse();
    }

    @org.junit.jupiter.api.Test
    void the_whole_address_is_at_most_254_characters_and_a_huge_text_is_refused_without_overflowing() {
        String domain = "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "." + "e".repeat(55) + ".com";

        assertThat(EmailRule.isPlausible("a".repeat(254 - 1 - domain.length()) + "@" + domain)).isTrue();
        assertThat(EmailRule.isPlausible("a".repeat(255 - 1 - domain.length()) + "@" + domain)).isFalse();
        assertThat(EmailRule.isPlausible("a@" + "a.".repeat(100_000) + "com")).isFalse();
    }
}
