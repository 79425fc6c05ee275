package com.cpay.platform.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link CardDataRedaction} over generated text (QuickTheories): a Luhn-valid card number of 13 to 19 digits,
 * written in any of the usual ways, never survives, wherever it sits in arbitrary text.
 */
class CardDataRedactionPropertiesTest {

    /** Examples per property: QuickTheories' default, fixed here so a QT_EXAMPLES setting cannot weaken it. */
    private static final int EXAMPLES = 1000;

    /** How card numbers are written between their digits or groups. */
    private static final List<String> SEPARATORS = List.of(" ", "-", "  ", " - ", "+", "%20", "%2D", ".", "/", "_",
            ",", "\t", "\n", "\u00A0", ", ");
    /** Pieces of arbitrary text, chosen to meet the rule's edges: digits, separators, field syntax, security codes. */
    private static final List<String> TOKENS = List.of("0", "1", "4", "9", "\u0661", " ", "-", "+", ".", ",", "%",
            "%20", "%2", "2", "\"", "'", ":", "=", "&", "{", "}", "[", "]", "<", ">", "\\", "\n", "\u0000", "a",
            "Z", "cvv", "CVC2", "securityCode", "card", "pan", "\":\"", "é", "\uD83D\uDE00");
    private static final Pattern SEPARATOR = Pattern.compile("%(?:20|2[Dd])|[\\s\\u00A0\\-+./_,]");

    @Test
    void a_card_number_embedded_anywhere_in_arbitrary_text_never_survives() {
        qt().withExamples(EXAMPLES).forAll(texts(), writtenCardNumbers(), texts()).checkAssert((before, card, after) -> {
            String redacted = CardDataRedaction.redact(before + card.written() + after);

            assertThat(redacted).doesNotContain(card.written());
            assertThat(SEPARATOR.matcher(redacted).replaceAll("")).doesNotContain(card.digits());
        });
    }

    @Test
    void a_card_number_never_survives_in_an_excerpt_either() {
        qt().withExamples(EXAMPLES).forAll(texts(), writtenCardNumbers(), texts(), integers().between(0, 80))
                .checkAssert((before, card, after, max) -> {
                    String excerpt = CardDataRedaction.excerpt(before + card.written() + after, max);

                    assertThat(excerpt.length()).isLessThanOrEqualTo(max);
                    assertThat(Checks.hasControlCharacter(excerpt)).isFalse();
                    assertThat(SEPARATOR.matcher(excerpt).replaceAll("")).doesNotContain(card.digits());
                });
    }

    @Test
    void redacting_twice_is_redacting_once() {
        qt().withExamples(EXAMPLES).forAll(texts().mix(strings().allPossible().ofLengthBetween(0, 60)))
                .checkAssert(text -> {
                    String once = CardDataRedaction.redact(text);
                    assertThat(CardDataRedaction.redact(once)).isEqualTo(once);
                });
    }

    @Test
    void an_excerpt_is_redacted_itself() {
        qt().withExamples(EXAMPLES * 5).forAll(texts().mix(strings().allPossible().ofLengthBetween(0, 60)),
                integers().between(0, 80)).checkAssert((text, max) -> {
                    String excerpt = CardDataRedaction.excerpt(text, max);
                    assertThat(CardDataRedaction.redact(excerpt)).isEqualTo(excerpt);
                });
    }

    @Test
    void text_with_fewer_than_twelve_digits_and_no_security_code_name_is_left_alone() {
        qt().withExamples(EXAMPLES).forAll(texts().mix(strings().allPossible().ofLengthBetween(0, 60)))
                .assuming(text -> text.codePoints().filter(Character::isDigit).count() < 12
                        && !text.toLowerCase(java.util.Locale.ROOT).matches("(?s).*(cvv|cvc|cvn|security).*"))
                .checkAssert(text -> assertThat(CardDataRedaction.redact(text)).isEqualTo(text));
    }

    private static Gen<String> texts() {
        return lists().of(Generate.pick(TOKENS)).ofSizeBetween(0, 24).map(tokens -> String.join("", tokens))
                .mix(strings().allPossible().ofLengthBetween(0, 24));
    }

    /** A Luhn-valid number of 13 to 19 digits, written plain, in groups of 4, as 4-6-rest or digit by digit. */
    private static Gen<WrittenCard> writtenCardNumbers() {
        Gen<String> numbers = integers().between(13, 19).zip(strings().betweenCodePoints('0', '9').ofLength(18),
                (length, digits) -> TestCardNumbers.withCheckDigit(digits.substring(0, length - 1)));
        return numbers.zip(integers().between(0, 3), Generate.pick(SEPARATORS),
                (digits, style, separator) -> new WrittenCard(digits, write(digits, style, separator)));
    }

    private static String write(String digits, int style, String separator) {
        List<String> groups = switch (style) {
            case 0 -> List.of(digits);
            case 1 -> split(digits, 4);
            case 2 -> List.of(digits.substring(0, 4), digits.substring(4, 10), digits.substring(10));
            default -> split(digits, 1);
        };
        return String.join(separator, groups);
    }

    private static List<String> split(String digits, int size) {
        return java.util.stream.IntStream.range(0, (digits.length() + size - 1) / size)
                .mapToObj(i -> digits.substring(i * size, Math.min(digits.length(), (i + 1) * size)))
                .collect(Collectors.toList());
    }

    private record WrittenCard(String digits, String written) {
        @Override
        public String toString() {
            return written;
        }
    }
}
