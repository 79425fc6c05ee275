package com.cpay.platform.domain.payout.model;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import org.junit.jupiter.api.Test;

class PixPayoutTermsTest {

    private static final PixKey KEY = new PixKey(PixAccountType.CPF_CNPJ, "12345678909");

    private static Money brl(String text) {
        return Money.parseSigned("amount", text, Asset.BRL);
    }

    @Test
    void a_pix_payout_in_brl_to_brazil_is_accepted() {
        PixPayoutTerms terms = new PixPayoutTerms(brl("5"), "BRA", KEY);
        assertThat(terms.amount()).isEqualTo(brl("5"));
        assertThat(terms.country()).isEqualTo("BRA");
        assertThat(terms.toAccount()).isEqualTo(KEY);
        assertThat(PixPayoutTerms.PAYOUT_CHANNEL).isEqualTo("1");
    }

    @Test
    void a_pix_payout_in_another_currency_is_refused() {
        assertRefused(() -> new PixPayoutTerms(Money.parse("amount", "5", Asset.USD), "BRA", KEY), "currency",
                "pix-currency");
    }

    @Test
    void a_pix_payout_to_another_country_is_refused() {
        assertRefused(() -> new PixPayoutTerms(brl("5"), "BRL", KEY), "country", "pix-country");
        assertRefused(() -> new PixPayoutTerms(brl("5"), "bra", KEY), "country", "pix-country");
        assertRefused(() -> new PixPayoutTerms(brl("5"), null, KEY), "country", "pix-country");
    }

    @Test
    void a_pix_payout_of_nothing_or_less_is_refused() {
        assertRefused(() -> new PixPayoutTerms(brl("0"), "BRA", KEY), "amount", "positive");
        assertRefused(() -> new PixPayoutTerms(brl("-1"), "BRA", KEY), "amount", "positive");
    }

    @Test
    void a_pix_payout_amount_fits_the_12_characters_of_the_field() {
        assertThat(new PixPayoutTerms(brl("999999999.99"), "BRA", KEY).amount().toWireString()).hasSize(12);
        assertThat(new PixPayoutTerms(brl("9999999999.9"), "BRA", KEY).amount().toWireString()).hasSize(12);
        assertRefused(() -> new PixPayoutTerms(brl("9999999999.99"), "BRA", KEY), "amount", "max-length");
    }

    @Test
    void a_pix_payout_needs_an_amount_and_a_key() {
        assertRefused(() -> new PixPayoutTerms(null, "BRA", KEY), "amount", "required");
        assertRefused(() -> new PixPayoutTerms(brl("1"), "BRA", null), "toAccount", "required");
    }

    @Test
    void every_problem_of_a_pix_payout_is_reported_at_once() {
        var e = assertRefusedWith(() -> new PixPayoutTerms(Money.parse("a", "0", Asset.EUR), "BR", KEY),
                "currency", "pix-currency", "country", "pix-country", "amount", "positive");
        assertThat(e.violations()).hasSize(3);
    }

    @Test
    void pix_terms_are_read_from_text() {
        PixPayoutTerms terms = PixPayoutTerms.of("5.50", "BRL", "BRA", "2", "maria@example.com");
        assertThat(terms.amount()).isEqualTo(brl("5.5"));
        assertThat(terms.toAccount()).isEqualTo(new PixKey(PixAccountType.EMAIL, "maria@example.com"));
    }

    @Test
    void pix_terms_take_the_key_type_as_it_is_without_its_wire_code() {
        assertThat(PixPayoutTerms.of("5.50", "BRL", "BRA", PixAccountType.EMAIL, "Maria@Example.com"))
                .isEqualTo(PixPayoutTerms.of("5.50", "BRL", "BRA", "2", "Maria@Example.com"));
        var e = assertRefusedWith(() -> PixPayoutTerms.of("5.555", "USD", "BRA", PixAccountType.CPF_CNPJ,
                "12345678908"), "amount", "max-scale", "currency", "pix-currency", "toAccount", "cpf-check-digit");
        assertThat(e.violations()).hasSize(3);
        assertRefused(() -> PixPayoutTerms.of("5", "BRL", "BRA", (PixAccountType) null, "x"), "accountType",
                "required");
    }

    @Test
    void every_problem_of_pix_terms_read_from_text_is_reported_at_once() {
        var e = assertRefusedWith(() -> PixPayoutTerms.of("5.555", "USD", "BRL", "1", "12345678908"),
                "amount", "max-scale", "currency", "pix-currency", "country", "pix-country",
                "toAccount", "cpf-check-digit");
        assertThat(e.violations()).hasSize(4);
        assertRefused(() -> PixPayoutTerms.of("5", "BRL", "BRA", "7", "x"), "accountType", "unknown-account-type");
        assertRefused(() -> PixPayoutTerms.of("0", "BRL", "BRA", "1", "12345678909"), "amount", "positive");
    }
}
