package com.cpay.platform.domain.card;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.Violations;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Field rules shared by the card request values; each adds a violation instead of throwing. */
final class FormRules {

    /** Rule word: not an ISO 3166-1 alpha-2 country code. */
    static final String ISO_COUNTRY = "iso-country";

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private FormRules() {
    }

    static void pattern(Violations v, String field, String value, Pattern pattern, String message) {
        if (value == null || value.isBlank()) {
            v.add(field, Checks.REQUIRED, field + " is required");
        } else if (!pattern.matcher(value).matches()) {
            v.add(field, Checks.PATTERN, message);
        }
    }

    static void country(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(field, Checks.REQUIRED, field + " is required");
        } else if (!COUNTRIES.contains(value)) {
            v.add(field, ISO_COUNTRY, field + " must be an ISO 3166-1 alpha-2 code in upper case");
        }
    }
}
