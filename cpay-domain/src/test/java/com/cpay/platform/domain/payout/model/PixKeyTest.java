package com.cpay.platform.domain.payout.model;

import static com.cpay.platform.domain.payout.model.PixAccountType.CPF_CNPJ;
import static com.cpay.platform.domain.payout.model.PixAccountType.EMAIL;
import static com.cpay.platform.domain.payout.model.PixAccountType.MOBILE;
import static com.cpay.platform.domain.payout.model.PixAccountType.RANDOM_KEY;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PixKeyTest {

    @Test
    void a_pix_payout_to_a_valid_cpf_is_accepted_bare_or_punctuated() {
        assertThat(new PixKey(CPF_CNPJ, "12345678909").value()).isEqualTo("12345678909");
        assertThat(new PixKey(CPF_CNPJ, "123.456.789-09").value()).isEqualTo("12345678909");
        assertThat(new PixKey(CPF_CNPJ, "52998224725").value()).isEqualTo("52998224725");
    }

    @Test
    void a_pix_payout_to_a_cpf_with_a_wrong_check_digit_is_refused() {
        assertRefused(() -> new PixKey(CPF_CNPJ, "12345678908"), "toAccount", "cpf-check-digit");
        assertRefused(() -> new PixKey(CPF_CNPJ, "12345678919"), "toAccount", "cpf-check-digit");
        assertRefused(() -> new PixKey(CPF_CNPJ, "123.456.789-00"), "toAccount", "cpf-check-digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000000", "11111111111", "99999999999", "000.000.000-00"})
    void a_cpf_of_one_repeated_digit_is_refused(String cpf) {
        assertRefused(() -> new PixKey(CPF_CNPJ, cpf), "toAccount", "cpf-check-digit");
    }

    @Test
    void a_pix_payout_to_a_valid_cnpj_is_accepted_bare_or_punctuated() {
        assertThat(new PixKey(CPF_CNPJ, "11222333000181").value()).isEqualTo("11222333000181");
        assertThat(new PixKey(CPF_CNPJ, "11.222.333/0001-81").value()).isEqualTo("11222333000181");
    }

    @Test
    void an_alphanumeric_cnpj_is_checked_like_a_numeric_one() {
        assertThat(new PixKey(CPF_CNPJ, "12.ABC.345/01DE-35").value()).isEqualTo("12ABC34501DE35");
        assertRefused(() -> new PixKey(CPF_CNPJ, "12ABC34501DE36"), "toAccount", "cnpj-check-digit");
    }

    @Test
    void a_pix_payout_to_a_cnpj_with_a_wrong_check_digit_is_refused() {
        assertRefused(() -> new PixKey(CPF_CNPJ, "11222333000182"), "toAccount", "cnpj-check-digit");
        assertRefused(() -> new PixKey(CPF_CNPJ, "11222333000191"), "toAccount", "cnpj-check-digit");
        assertRefused(() -> new PixKey(CPF_CNPJ, "11.222.333/0001-80"), "toAccount", "cnpj-check-digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000000000", "11111111111111", "00.000.000/0000-00"})
    void a_cnpj_of_one_repeated_digit_is_refused(String cnpj) {
        assertRefused(() -> new PixKey(CPF_CNPJ, cnpj), "toAccount", "cnpj-check-digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "123456789012", "1234567890123", "123456789012345", "123 456 789 09",
        "123.456.78909", "12345678909 ", "abcdefghijk", "11.222.333.0001-81", "1122233300018A", "١٢٣٤٥٦٧٨٩٠٩"})
    void a_cpf_or_cnpj_of_the_wrong_shape_is_refused(String text) {
        assertRefused(() -> new PixKey(CPF_CNPJ, text), "toAccount", "cpf-cnpj-format");
    }

    @Test
    void a_pix_payout_to_an_e_mail_is_accepted() {
        assertThat(new PixKey(EMAIL, "maria.silva@example.com.br").value()).isEqualTo("maria.silva@example.com.br");
    }

    @Test
    void an_e_mail_key_of_77_characters_is_accepted_and_78_refused() {
        String email77 = "a".repeat(64) + "@" + "b".repeat(8) + ".com";
        assertThat(email77).hasSize(77);
        assertThat(new PixKey(EMAIL, email77).value()).isEqualTo(email77);
        String email78 = "a".repeat(64) + "@" + "b".repeat(9) + ".com";
        assertRefused(() -> new PixKey(EMAIL, email78), "toAccount", "max-length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria", "maria@", "@example.com", "maria@example", "maria silva@example.com"})
    void a_pix_payout_to_something_that_is_not_an_e_mail_is_refused(String text) {
        assertRefused(() -> new PixKey(EMAIL, text), "toAccount", "email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+5511987654321", "+551134567890", "+5599987654321"})
    void a_pix_payout_to_a_brazilian_mobile_is_accepted(String mobile) {
        assertThat(new PixKey(MOBILE, mobile).value()).isEqualTo(mobile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11987654321", "5511987654321", "+55 11 98765-4321", "+5511-98765-4321",
        "+55119876543", "+55119876543210", "+5501987654321", "+5510987654321", "+15511987654321", "+5411987654321",
        "+55000000000000"})
    void a_pix_payout_to_a_malformed_mobile_is_refused(String mobile) {
        assertRefused(() -> new PixKey(MOBILE, mobile), "toAccount", "mobile-format");
    }

    @Test
    void a_pix_payout_to_a_random_key_is_accepted_in_lower_case() {
        assertThat(new PixKey(RANDOM_KEY, "123e4567-e89b-12d3-a456-426614174000").value())
                .isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(new PixKey(RANDOM_KEY, "123E4567-E89B-12D3-A456-426614174000").value())
                .isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400",
        "123e4567-e89b-12d3-a456-4266141740000", "g23e4567-e89b-12d3-a456-426614174000",
        "{123e4567-e89b-12d3-a456-426614174000}"})
    void a_pix_payout_to_a_malformed_random_key_is_refused(String key) {
        assertRefused(() -> new PixKey(RANDOM_KEY, key), "toAccount", "random-key-format");
    }

    @Test
    void a_pix_key_needs_a_type_and_a_value() {
        assertRefused(() -> new PixKey(null, "12345678909"), "accountType", "required");
        assertRefused(() -> new PixKey(EMAIL, null), "toAccount", "required");
        assertRefused(() -> new PixKey(EMAIL, " "), "toAccount", "required");
    }

    @Test
    void a_pix_key_is_read_from_its_wire_fields() {
        PixKey key = PixKey.fromWire("1", "123.456.789-09");
        assertThat(key).isEqualTo(new PixKey(CPF_CNPJ, "12345678909"));
        assertThat(key.accountTypeCode()).isEqualTo(1);
        assertRefused(() -> PixKey.fromWire("9", "x"), "accountType", "unknown-account-type");
    }

    @Test
    void a_refused_key_is_never_repeated_in_the_error() {
        var e = assertRefused(() -> new PixKey(CPF_CNPJ, "12345678908"), "toAccount", "cpf-check-digit");
        assertThat(e.getMessage()).doesNotContain("12345678908");
    }
}
