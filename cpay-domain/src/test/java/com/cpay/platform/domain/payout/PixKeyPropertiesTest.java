package com.cpay.platform.domain.payout;

import static com.cpay.platform.domain.payout.PixAccountType.CPF_CNPJ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.shared.ValidationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PixKeyPropertiesTest {

    private static boolean repeated(String s) {
        return s.chars().allMatch(c -> c == s.charAt(0));
    }

    @Provide
    Arbitrary<String> cpfs() {
        return Arbitraries.strings().numeric().ofLength(9).map(TaxIds::cpf).filter(s -> !repeated(s));
    }

    @Provide
    Arbitrary<String> cnpjs() {
        return Arbitraries.strings().numeric().ofLength(12).map(TaxIds::cnpj).filter(s -> !repeated(s));
    }

    @Provide
    Arbitrary<String> alphanumericCnpjs() {
        return Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofLength(12).map(TaxIds::cnpj)
                .filter(s -> !repeated(s));
    }

    @Property
    void every_cpf_with_correct_check_digits_is_accepted(@ForAll("cpfs") String cpf) {
        assertThat(new PixKey(CPF_CNPJ, cpf).value()).isEqualTo(cpf);
        assertThat(new PixKey(CPF_CNPJ, TaxIds.punctuatedCpf(cpf)).value()).isEqualTo(cpf);
    }

    @Property
    void every_cpf_with_a_changed_check_digit_is_refused(@ForAll("cpfs") String cpf) {
        assertThatThrownBy(() -> new PixKey(CPF_CNPJ, TaxIds.withWrongLastDigit(cpf)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("toAccount", "cpf-check-digit")).isTrue());
    }

    @Property
    void every_cnpj_with_correct_check_digits_is_accepted(@ForAll("cnpjs") String cnpj) {
        assertThat(new PixKey(CPF_CNPJ, cnpj).value()).isEqualTo(cnpj);
        assertThat(new PixKey(CPF_CNPJ, TaxIds.punctuatedCnpj(cnpj)).value()).isEqualTo(cnpj);
    }

    @Property
    void every_alphanumeric_cnpj_with_correct_check_digits_is_accepted(@ForAll("alphanumericCnpjs") String cnpj) {
        assertThat(new PixKey(CPF_CNPJ, cnpj).value()).isEqualTo(cnpj);
    }

    @Property
    void every_cnpj_with_a_changed_check_digit_is_refused(@ForAll("cnpjs") String cnpj) {
        assertThatThrownBy(() -> new PixKey(CPF_CNPJ, TaxIds.withWrongLastDigit(cnpj)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.has("toAccount", "cnpj-check-digit")).isTrue());
    }
}
