package com.cpay.platform.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TestCardNumbers;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violation;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void keys_are_kept_in_ascending_order_and_the_value_cannot_be_changed() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("zeta", "1");
        given.put("Alpha", "2");
        given.put("cart.id", "c-77");
        Metadata metadata = Metadata.of(given);

        assertThat(metadata.asMap().keySet()).containsExactly("Alpha", "cart.id", "zeta");
        given.put("later", "x");
        assertThat(metadata.asMap()).hasSize(3);
        assertThatThrownBy(() -> metadata.asMap().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(metadata).isEqualTo(Metadata.of(Map.of("cart.id", "c-77", "zeta", "1", "Alpha", "2")));
        assertThat(metadata.toString()).doesNotContain("c-77");
    }

    @Test
    void none_and_empty_are_the_empty_metadata() {
        assertThat(Metadata.of(null)).isSameAs(Metadata.empty());
        assertThat(Metadata.of(Map.of())).isSameAs(Metadata.empty());
        assertThat(Metadata.empty().isEmpty()).isTrue();
    }

    @Test
    void the_limits_themselves_are_accepted() {
        Map<String, String> most = new HashMap<>();
        for (int i = 0; i < Metadata.MAX_KEYS; i++) {
            most.put("k" + i, "v");
        }
        most.put("k0", "x".repeat(Metadata.MAX_VALUE_LENGTH));
        most.put("k1", "");
        most.remove("k19");
        most.put("A-z_0.9" + "k".repeat(Metadata.MAX_KEY_LENGTH - 7), "v");

        assertThat(Metadata.of(most).asMap()).hasSize(Metadata.MAX_KEYS);
    }

    @Test
    void more_than_twenty_keys_are_refused_naming_metadata() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i <= Metadata.MAX_KEYS; i++) {
            many.put("k" + i, "v");
        }

        assertThat(violations(many)).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("metadata", "max-properties"));
    }

    @Test
    void a_bad_key_a_long_value_and_a_control_character_are_refused_naming_the_key() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("has space", "v");
        bad.put("", "v");
        bad.put("k".repeat(Metadata.MAX_KEY_LENGTH + 1), "v");
        bad.put("ümlaut", "v");
        bad.put("long", "x".repeat(Metadata.MAX_VALUE_LENGTH + 1));
        bad.put("line", "a\nb");
        bad.put("nothing", null);

        List<Violation> found = violations(bad);

        assertThat(found).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("metadata.has space", "key-pattern"),
                org.assertj.core.groups.Tuple.tuple("metadata.", "key-pattern"),
                org.assertj.core.groups.Tuple.tuple("metadata." + "k".repeat(41), "key-pattern"),
                org.assertj.core.groups.Tuple.tuple("metadata.ümlaut", "key-pattern"),
                org.assertj.core.groups.Tuple.tuple("metadata.long", "max-length"),
                org.assertj.core.groups.Tuple.tuple("metadata.line", "control-character"),
                org.assertj.core.groups.Tuple.tuple("metadata.nothing", "not-null"));
    }

    @Test
    void a_refused_key_that_is_long_holds_a_control_character_or_a_card_number_is_not_repeated() {
        String pan = TestCardNumbers.withCheckDigit("411111111111111");
        Map<String, String> rules = Map.of("card-" + pan, "card-number", "x " + pan, "key-pattern",
                "k".repeat(2 * Metadata.MAX_KEY_LENGTH + 1), "key-pattern", "forged\nINFO line", "key-pattern");
        rules.forEach((key, rule) -> {
            List<Violation> found = violations(Map.of(key, "v"));

            assertThat(found).as(rule).singleElement().satisfies(violation -> {
                assertThat(violation.field()).isEqualTo("metadata");
                assertThat(violation.rule()).isEqualTo(rule);
                assertThat(violation.message()).contains("not shown").doesNotContain(key).doesNotContain(pan);
            });
        });
    }

    @Test
    void a_refused_key_of_up_to_twice_the_longest_is_named_in_the_field() {
        String key = "k".repeat(2 * Metadata.MAX_KEY_LENGTH);
        assertThat(violations(Map.of(key, "v"))).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("metadata." + key, "key-pattern"));
    }

    @Test
    void metadata_are_equal_by_their_entries_and_show_only_their_keys() {
        Metadata cart = Metadata.of(Map.of("cart", "c-77", "ref", "r-1"));
        Metadata same = Metadata.of(new LinkedHashMap<>(Map.of("ref", "r-1", "cart", "c-77")));
        Metadata other = Metadata.of(Map.of("cart", "c-78", "ref", "r-1"));

        assertThat(cart).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("cart");
        assertThat(cart.hashCode()).isNotEqualTo(Metadata.empty().hashCode());
        assertThat(cart.isEmpty()).isFalse();
        assertThat(Metadata.empty().isEmpty()).isTrue();
        assertThat(cart.toString()).isEqualTo("Metadata[cart, ref]").doesNotContain("c-77");
    }

    @Test
    void a_value_holding_a_card_number_is_refused_without_repeating_it() {
        String pan = TestCardNumbers.withCheckDigit("411111111111111");
        for (String value : List.of(pan, "card " + pan + " of Bob", pan.substring(0, 4) + " " + pan.substring(4, 8)
                + " " + pan.substring(8, 12) + " " + pan.substring(12), pan.replaceAll("(\\d{4})(?!$)", "$1-"),
                TestCardNumbers.withCheckDigit("55555555555"), TestCardNumbers.withCheckDigit("123456789012345678"))) {
            List<Violation> found = violations(Map.of("ref", value));
            assertThat(found).as(value).extracting(Violation::field, Violation::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("metadata.ref", "card-number"));
            assertThat(found.get(0).message()).doesNotContain(pan).doesNotContain(value);
        }
    }

    @Test
    void digits_that_are_no_card_number_are_kept() {
        String pan = TestCardNumbers.withCheckDigit("411111111111111");
        String wrongCheck = pan.substring(0, 15) + (char) ('0' + (pan.charAt(15) - '0' + 1) % 10);
        for (String value : List.of(wrongCheck, "12345678901", "order 2026-11-25 10:15", pan + "0123",
                "+55 11 98765-4321", "0.00000001")) {
            assertThat(Metadata.of(Map.of("ref", value)).asMap()).as(value).containsEntry("ref", value);
        }
    }

    @Test
    void every_luhn_valid_run_of_twelve_to_nineteen_digits_is_refused() {
        qt().withExamples(1000).forAll(integers().between(11, 18), strings().numeric())
                .checkAssert((length, seed) -> {
                    String body = (seed.replace("-", "") + "7".repeat(20)).substring(0, length);
                    String pan = TestCardNumbers.withCheckDigit(body);
                    assertThatThrownBy(() -> Metadata.of(Map.of("k", "x " + pan + " y")))
                            .isInstanceOf(ValidationException.class);
                });
    }

    @Test
    void a_new_order_carries_its_metadata_into_the_order_and_its_snapshot() {
        Metadata metadata = Metadata.of(Map.of("cart", "c-77"));
        NewOrder<CryptoDepositDetails> asked = NewOrder.cryptoDeposit(Optional.empty(), new UserId("u-1"),
                Money.parse("amount", "3", Asset.USDT));

        assertThat(asked.metadata()).isEqualTo(Metadata.empty());
        Order order = Order.open(new MerchantTradeNo("m-1"), asked.withMetadata(metadata), Instant.EPOCH);

        assertThat(order.metadata()).isEqualTo(metadata);
        assertThat(order.snapshot().metadata()).isEqualTo(metadata);
        assertThat(Order.rehydrate(order.snapshot()).metadata()).isEqualTo(metadata);
        assertThat(order.snapshot().withVersion(3).metadata()).isEqualTo(metadata);
        assertThat(order.snapshot().lastEntryOnly().metadata()).isEqualTo(metadata);
        assertThat(order.snapshot().withHistory(List.of()).metadata()).isEqualTo(metadata);
    }

    private static List<Violation> violations(Map<String, String> given) {
        try {
            Metadata.of(given);
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("accepted " + given.keySet());
    }
}
