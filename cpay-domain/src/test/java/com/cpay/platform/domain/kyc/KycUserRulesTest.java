package com.cpay.platform.domain.kyc;

import static com.cpay.platform.domain.kyc.KycUserBuilder.TODAY;
import static com.cpay.platform.domain.kyc.KycUserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.cpay.platform.domain.shared.Violation;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KycUserRulesTest {

    private static List<Violation> violations(Consumer<KycUserBuilder> change) {
        KycUserBuilder b = aUser();
        change.accept(b);
        return KycUserRules.check(b.build(), TODAY);
    }

    private static void assertOnly(Consumer<KycUserBuilder> change, String field, String rule) {
        assertThat(violations(change)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple(field, rule));
    }

    @Test
    void the_documented_sample_user_is_valid() {
        assertThat(KycUserRules.check(aUser().build(), TODAY)).isEmpty();
    }

    @Test
    void a_user_needs_a_user_id_of_at_most_64_characters() {
        assertOnly(b -> b.userId = "", "userId", "required");
        assertOnly(b -> b.userId = "u".repeat(65), "userId", "max-length");
        assertThat(violations(b -> b.userId = "u".repeat(64))).isEmpty();
    }

    @Test
    void a_user_needs_first_and_last_names() {
        assertOnly(b -> b.firstName = null, "firstName", "required");
        assertOnly(b -> b.lastName = " ", "lastName", "required");
        assertOnly(b -> b.firstName = "a".repeat(65), "firstName", "max-length");
        assertOnly(b -> b.lastName = "Lee\n", "lastName", "control-character");
        assertThat(violations(b -> b.firstName = "José María")).isEmpty();
    }

    @Test
    void a_middle_name_is_optional_but_checked_when_given() {
        assertThat(violations(b -> b.middleName = null)).isEmpty();
        assertThat(violations(b -> b.middleName = "Ann")).isEmpty();
        assertOnly(b -> b.middleName = "a".repeat(65), "middleName", "max-length");
        assertOnly(b -> b.middleName = " ", "middleName", "required");
        assertThat(aUser().build()).extracting(KycUser::middleName).isEqualTo("");
    }

    @Test
    void a_birthday_is_in_the_past() {
        assertOnly(b -> b.birthday = TODAY, "birthday", "past");
        assertOnly(b -> b.birthday = TODAY.plusDays(1), "birthday", "past");
        assertThat(violations(b -> b.birthday = TODAY.minusDays(1))).isEmpty();
        assertOnly(b -> b.birthday = null, "birthday", "required");
    }

    @Test
    void a_birthday_is_not_before_1900() {
        assertThat(violations(b -> b.birthday = LocalDate.of(1900, 1, 1))).isEmpty();
        assertOnly(b -> b.birthday = LocalDate.of(1899, 12, 31), "birthday", "min-date");
    }

    @Test
    void a_gender_is_required() {
        assertOnly(b -> b.gender = null, "gender", "required");
        assertThat(violations(b -> b.gender = Gender.FEMALE)).isEmpty();
    }

    @Test
    void a_country_is_an_iso_alpha_2_code() {
        assertThat(violations(b -> b.country = "BR")).isEmpty();
        assertOnly(b -> b.country = "br", "country", "iso-country");
        assertOnly(b -> b.country = "BRA", "country", "iso-country");
        assertOnly(b -> b.country = "XX", "country", "iso-country");
        assertOnly(b -> b.country = "", "country", "required");
        assertOnly(b -> b.country = null, "country", "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "55", "352", "1684"})
    void an_idd_code_of_1_to_4_digits_is_valid(String code) {
        assertThat(violations(b -> b.iddCode = code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+7", "12345", "7a", " 7"})
    void another_idd_code_is_refused(String code) {
        assertOnly(b -> b.iddCode = code, "iddCode", "pattern");
    }

    @Test
    void an_idd_code_is_required() {
        assertOnly(b -> b.iddCode = null, "iddCode", "required");
    }

    @Test
    void a_personal_code_is_required() {
        assertOnly(b -> b.personalCode = null, "personalCode", "required");
        assertOnly(b -> b.personalCode = "1".repeat(65), "personalCode", "max-length");
    }

    @Test
    void a_certificate_ends_after_it_starts() {
        assertOnly(b -> b.certificateDateEnd = b.certificateDateStart, "certificateDateEnd", "after-start");
        assertOnly(b -> b.certificateDateEnd = b.certificateDateStart.minusDays(1), "certificateDateEnd",
                "after-start");
        assertThat(violations(b -> b.certificateDateEnd = b.certificateDateStart.plusDays(1))).isEmpty();
        assertOnly(b -> b.certificateDateStart = null, "certificateDateStart", "required");
        assertOnly(b -> b.certificateDateEnd = null, "certificateDateEnd", "required");
    }

    @Test
    void an_id_card_link_is_required_and_every_link_is_http_or_https() {
        assertOnly(b -> b.idCardUrls = List.of(), "idCardUrls", "required");
        assertOnly(b -> b.idCardUrls = null, "idCardUrls", "required");
        assertOnly(b -> b.idCardUrls = List.of(URI.create("https://a.example/1.jpg"), URI.create("ftp://a.example/2")),
                "idCardUrls[1]", "url-scheme");
        assertOnly(b -> b.documentUrls = List.of(URI.create("file:///etc/passwd")), "documentUrls[0]", "url-scheme");
        assertOnly(b -> b.documentUrls = List.of(URI.create("/relative/doc.pdf")), "documentUrls[0]", "url-scheme");
        assertOnly(b -> b.documentUrls = List.of(URI.create("https:doc.pdf")), "documentUrls[0]", "url-scheme");
        assertOnly(b -> b.documentUrls = Arrays.asList((URI) null), "documentUrls[0]", "url-scheme");
        assertThat(violations(b -> b.documentUrls = List.of(URI.create("HTTPS://A.EXAMPLE/X")))).isEmpty();
        assertThat(violations(b -> b.documentUrls = null)).isEmpty();
    }

    @Test
    void the_link_lists_are_copied() {
        List<URI> links = new ArrayList<>(List.of(URI.create("https://a.example/1.jpg")));
        KycUserBuilder b = aUser();
        b.idCardUrls = links;
        b.documentUrls = links;
        KycUser user = b.build();
        links.clear();
        assertThat(user.idCardUrls()).hasSize(1);
        assertThat(user.documentUrls()).hasSize(1);
    }

    @Test
    void an_email_is_required_and_plausible() {
        assertOnly(b -> b.email = null, "email", "required");
        assertOnly(b -> b.email = "asdf", "email", "email");
        assertOnly(b -> b.email = "a".repeat(64) + "@" + "b".repeat(186) + ".com", "email", "max-length");
        assertThat(violations(b -> b.email = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "."
                + "d".repeat(63) + ".com")).isEmpty();
    }

    @Test
    void a_mobile_is_digits_only() {
        assertOnly(b -> b.mobile = "+7 2345", "mobile", "pattern");
        assertOnly(b -> b.mobile = "123", "mobile", "pattern");
        assertOnly(b -> b.mobile = "1".repeat(16), "mobile", "pattern");
        assertThat(violations(b -> b.mobile = "1234")).isEmpty();
        assertThat(violations(b -> b.mobile = "1".repeat(15))).isEmpty();
        assertOnly(b -> b.mobile = "", "mobile", "required");
    }

    @Test
    void every_broken_rule_is_reported() {
        List<Violation> found = violations(b -> {
            b.userId = null;
            b.firstName = null;
            b.lastName = null;
            b.birthday = null;
            b.gender = null;
            b.country = null;
            b.iddCode = null;
            b.personalCode = null;
            b.certificateDateStart = null;
            b.certificateDateEnd = null;
            b.idCardUrls = null;
            b.email = null;
            b.mobile = null;
        });
        assertThat(found).extracting(Violation::field).containsExactly("userId", "firstName", "lastName",
                "birthday", "gender", "country", "iddCode", "personalCode", "certificateDateStart",
                "certificateDateEnd", "idCardUrls", "email", "mobile");
        assertThat(found).extracting(Violation::rule).containsOnly("required");
    }
}
