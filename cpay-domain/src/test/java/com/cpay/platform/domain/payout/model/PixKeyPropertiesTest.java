package com.cpay.platform.domain.payout.model;

import static com.cpay.platform.domain.payout.model.PixAccountType.CPF_CNPJ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.cpay.platform.domain.shared.ValidationException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** CPF and CNPJ check digits over generated bases, made valid by the independent {@link TaxIds} (QuickTheories). */
class PixKeyPropertiesTest {

    /** Examples per property: QuickTheories' default, fixed here so a QT_EXAMPLES setting cannot weaken it. */
    private static final int EXAMPLES = 1000;

    private static final List<Character> DIGITS_AND_CAPITALS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars().mapToObj(c -> (char) c).collect(Collectors.toList());

    @Test
    void every_cpf_with_correct_check_digits_is_accepted() {
        qt().withExamples(EXAMPLES).forAll(cpfs()).checkAssert(cpf -> {
            assertThat(new PixKey(CPF_CNPJ, cpf).value()).isEqualTo(cpf);
            assertThat(new PixKey(CPF_CNPJ, TaxIds.punctuatedCpf(cpf)).value()).isEqualTo(cpf);
        });
    }

    @Test
    void every_cpf_with_a_changed_check_digit_is_refused() {
        qt().withExamples(EXAMPLES).forAll(cpfs()).checkAssert(cpf ->
                assertThatThrownBy(() -> new PixKey(CPF_CNPJ, TaxIds.withWrongLastDigit(cpf)))
                        .isInstanceOfSatisfying(ValidationException.class,
                                e -> assertThat(e.has("toAccount", "cpf-check-digit")).isTrue()));
    }

    @Test
    void every_cnpj_with_correct_check_digits_is_accepted() {
        qt().withExamples(EXAMPLES).forAll(cnpjs()).checkAssert(cnpj -> {
            assertThat(new PixKey(CPF_CNPJ, cnpj).value()).isEqualTo(cnpj);
            assertThat(new PixKey(CPF_CNPJ, TaxIds.punctuatedCnpj(cnpj)).value()).isEqualTo(cnpj);
        });
    }

    @Test
    void every_alphanumeric_cnpj_with_correct_check_digits_is_accepted() {
        qt().withExamples(EXAMPLES).forAll(alphanumericCnpjs()).checkAssert(cnpj ->
                assertThat(new PixKey(CPF_CNPJ, cnpj).value()).isEqualTo(cnpj));
    }

    @Test
    void every_cnpj_with_a_changed_check_digit_is_refused() {
        qt().withExamples(EXAMPLES).forAll(cnpjs()).checkAssert(cnpj ->
                assertThatThrownBy(() -> new PixKey(CPF_CNPJ, TaxIds.withWrongLastDigit(cnpj)))
                        .isInstanceOfSatisfying(ValidationException.class,
                                e -> assertThat(e.has("toAccount", "cnpj-check-digit")).isTrue()));
    }

    // One digit repeated (000.000.000-00 and the like) passes the arithmetic but is refused on purpose.
    private static boolean repeated(String s) {
        return s.chars().allMatch(c -> c == s.charAt(0));
    }

    private static Gen<String> digits(int length) {
        return strings().betweenCodePoints('0', '9').ofLength(length);
    }

    private static Gen<String> cpfs() {
        return digits(9).map(TaxIds::cpf).assuming(s -> !repeated(s));
    }

    private static Gen<String> cnpjs() {
        return digits(12).map(TaxIds::cnpj).assuming(s -> !repeated(s));
    }

    /** 12 base characters from 0-9 and A-Z, as the alphanumeric CNPJ allows. */
    private static Gen<String> alphanumericCnpjs() {
        return lists().of(Generate.pick(DIGITS_AND_CAPITALS)).ofSize(12)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()))
                .map(TaxIds::cnpj).assuming(s -> !repeated(s));
    }
}
