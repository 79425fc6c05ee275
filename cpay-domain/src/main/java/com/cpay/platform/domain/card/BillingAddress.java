package com.cpay.platform.domain.card;

import com.cpay.platform.domain.shared.Violations;
import java.util.regex.Pattern;

/**
 * The card's billing address as pwpp (s.12) documents it. The document's character rules are kept, with
 * letters of any script accepted where it says "alphabetic", because real addresses are not ASCII.
 *
 * @param addressLine street and number: letters, digits, spaces, {@code _ - . , / #}, 1 to 50 characters
 * @param country     ISO 3166-1 alpha-2 code, upper case
 * @param city        letters, spaces, {@code - ' .}, 1 to 15 characters
 * @param zip         postal code: letters, digits, spaces and {@code -}, 1 to 16 characters
 */
public record BillingAddress(String addressLine, String country, String city, String zip) {

    private static final Pattern ADDRESS = Pattern.compile("[\\p{L}\\p{N} _\\-.,/#]{1,50}");
    private static final Pattern CITY = Pattern.compile("[\\p{L} \\-'.]{1,15}");
    private static final Pattern ZIP = Pattern.compile("[A-Za-z0-9 \\-]{1,16}");

    public BillingAddress {
        Violations v = new Violations();
        FormRules.pattern(v, "addressLine", addressLine, ADDRESS,
                "addressLine must be 1 to 50 letters, digits, spaces or _ - . , / #");
        FormRules.country(v, "country", country);
        FormRules.pattern(v, "city", city, CITY, "city must be 1 to 15 letters, spaces or - ' .");
        FormRules.pattern(v, "zip", zip, ZIP, "zip must be 1 to 16 letters, digits, spaces or -");
        v.throwIfAny();
    }
}
