package com.cpay.platform.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaskedPanTest {

    @Test
    void masking_a_card_number_keeps_the_first_six_and_last_four_digits_only() {
        MaskedPan pan = MaskedPan.mask("4111111111111111");

        assertThat(pan.bin()).isEqualTo("411111");
        assertThat(pan.last4()).isEqualTo("1111");
        assertThat(pan.value()).isEqualTo("411111******1111");
        assertThat(pan).hasToString("411111******1111");
    }

    @Test
    void a_card_number_written_in_groups_is_masked_the_same() {
        assertThat(MaskedPan.mask("5500-0055 5555 5559")).isEqualTo(MaskedPan.mask("5500005555555559"));
    }

    @Test
    void the_shortest_and_longest_card_numbers_are_masked() {
        assertThat(MaskedPan.mask("123456789012").value()).isEqualTo("123456******9012");
        assertThat(MaskedPan.mask("1234567890123456789").value()).isEqualTo("123456******6789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "12345678901234567890", "4111a11111111111", "", "4111.1111.1111.1111"})
    void something_that_is_not_a_card_number_is_refused_without_repeating_it(String text) {
        assertThatThrownBy(() -> MaskedPan.mask(text)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.has(MaskedPan.FIELD, "pattern")).isTrue();
            assertThat(e.getMessage()).doesNotContain("1111");
        });
    }

    @Test
    void a_missing_card_number_is_required() {
        assertThatThrownBy(() -> MaskedPan.mask(null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.has(MaskedPan.FIELD, "required")).isTrue());
        assertThatThrownBy(() -> MaskedPan.parse(null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.has(MaskedPan.FIELD, "required")).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"411111******1111", "411111XXXXXX1111", " 411111**1111 ", "411111xxxxxxxxx1111"})
    void a_masked_card_number_is_read_back(String masked) {
        MaskedPan pan = MaskedPan.parse(masked);

        assertThat(pan.bin()).isEqualTo("411111");
        assertThat(pan.last4()).isEqualTo("1111");
        assertThat(pan).isEqualTo(MaskedPan.mask("4111111111111111")).hasSameHashCodeAs(MaskedPan.mask("4111111111111111"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "411111*1111", "411111**********1111", "41111******1111",
            "411111******111", "411111***5**1111"})
    void a_full_or_oddly_masked_number_cannot_pass_as_masked(String text) {
        assertThatThrownBy(() -> MaskedPan.parse(text)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.has(MaskedPan.FIELD, "pattern")).isTrue();
            assertThat(e.getMessage()).doesNotContain("4111");
        });
    }

    @Test
    void two_cards_differing_in_bin_or_last_four_are_different() {
        MaskedPan pan = MaskedPan.parse("411111******1111");

        assertThat(pan).isNotEqualTo(MaskedPan.parse("411112******1111"));
        assertThat(pan).isNotEqualTo(MaskedPan.parse("411111******1112"));
        assertThat(pan).isNotEqualTo("411111******1111");
        assertThat(pan.hashCode()).isNotEqualTo(MaskedPan.parse("522222******2222").hashCode());
    }
}
