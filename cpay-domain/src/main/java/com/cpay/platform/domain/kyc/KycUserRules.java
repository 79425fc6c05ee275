package com.cpay.platform.domain.kyc;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.EmailRule;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violation;
import com.cpay.platform.domain.shared.Violations;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules one {@link KycUser} must satisfy, all checked (not only the first), with field names relative
 * to the user ({@code birthday}, {@code idCardUrls[1]}).
 */
public final class KycUserRules {

    /** Longest name, personal code or e-mail accepted (the document gives no limit; 64 matches userId). */
    public static final int MAX_TEXT_LENGTH = 64;
    /** Earliest birthday accepted. */
    public static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);
    /** Longest e-mail address (RFC 5321 path limit). */
    public static final int MAX_EMAIL_LENGTH = 254;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern IDD_CODE = Pattern.compile("[0-9]{1,4}");
    // Local numbers are at most 15 digits including the dialling code (ITU E.164).
    private static final Pattern MOBILE = Pattern.compile("[0-9]{4,15}");

    private KycUserRules() {
    }

    /**
     * Every rule the user breaks, in field order; empty when the user is valid.
     *
     * @param today the current date, for the birthday rule
     */
    public static List<Violation> check(KycUser user, LocalDate today) {
        Violations v = new Violations();
        v.verify(() -> new UserId(user.userId()));
        v.verify(() -> Checks.text("firstName", user.firstName(), MAX_TEXT_LENGTH));
        if (!user.middleName().isEmpty()) {
            v.verify(() -> Checks.text("middleName", user.middleName(), MAX_TEXT_LENGTH));
        }
        v.verify(() -> Checks.text("lastName", user.lastName(), MAX_TEXT_LENGTH));
        checkBirthday(v, user.birthday(), today);
        v.verify(() -> Checks.required("gender", user.gender()));
        checkCountry(v, user.country());
        checkPattern(v, "iddCode", user.iddCode(), IDD_CODE, "iddCode must be 1 to 4 digits, without +");
        v.verify(() -> Checks.text("personalCode", user.personalCode(), MAX_TEXT_LENGTH));
        checkCertificateDates(v, user.certificateDateStart(), user.certificateDateEnd());
        if (user.idCardUrls().isEmpty()) {
            v.add("idCardUrls", Checks.REQUIRED, "idCardUrls needs at least one link");
        }
        checkUrls(v, "idCardUrls", user.idCardUrls());
        checkUrls(v, "documentUrls", user.documentUrls());
        checkEmail(v, user.email());
        checkPattern(v, "mobile", user.mobile(), MOBILE, "mobile must be 4 to 15 digits, without dialling code");
        return v.list();
    }

    private static void checkBirthday(Violations v, LocalDate birthday, LocalDate today) {
        if (birthday == null) {
            v.add("birthday", Checks.REQUIRED, "birthday is required");
        } else if (!birthday.isBefore(today)) {
            v.add("birthday", "past", "birthday must be in the past");
        } else if (birthday.isBefore(EARLIEST_BIRTHDAY)) {
            v.add("birthday", "min-date", "birthday must not be before 1900-01-01");
        }
    }

    private static void checkCountry(Violations v, String country) {
        if (country == null || country.isBlank()) {
            v.add("country", Checks.REQUIRED, "country is required");
        } else if (!COUNTRIES.contains(country)) {
            v.add("country", "iso-country", "country must be an ISO 3166-1 alpha-2 code in upper case");
        }
    }

    private static void checkPattern(Violations v, String field, String value, Pattern pattern, String message) {
        if (value == null || value.isBlank()) {
            v.add(field, Checks.REQUIRED, field + " is required");
        } else if (!pattern.matcher(value).matches()) {
            v.add(field, Checks.PATTERN, message);
        }
    }

    private static void checkCertificateDates(Violations v, LocalDate start, LocalDate end) {
        if (start == null) {
            v.add("certificateDateStart", Checks.REQUIRED, "certificateDateStart is required");
        }
        if (end == null) {
            v.add("certificateDateEnd", Checks.REQUIRED, "certificateDateEnd is required");
        } else if (start != null && !end.isAfter(start)) {
            v.add("certificateDateEnd", "after-start", "certificateDateEnd must be after certificateDateStart");
        }
    }

    private static void checkUrls(Violations v, String field, List<URI> urls) {
        for (int i = 0; i < urls.size(); i++) {
            URI url = urls.get(i);
            if (url == null || !isHttpLink(url)) {
                v.add(field + "[" + i + "]", "url-scheme", field + " entries must be absolute http or https links");
            }
        }
    }

    private static boolean isHttpLink(URI url) {
        String scheme = url.getScheme();
        return url.getHost() != null
                && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme));
    }

    private static void checkEmail(Violations v, String email) {
        if (email == null || email.isBlank()) {
            v.add("email", Checks.REQUIRED, "email is required");
        } else if (email.length() > MAX_EMAIL_LENGTH) {
            v.add("email", Checks.MAX_LENGTH, "email must be at most " + MAX_EMAIL_LENGTH + " characters");
        } else if (!EmailRule.isPlausible(email)) {
            v.add("email", "email", "email must be an e-mail address");
        }
    }
}
