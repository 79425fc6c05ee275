package com.cpay.platform.domain.card;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.EmailRule;
import com.cpay.platform.domain.shared.Violations;
import java.util.regex.Pattern;

/**
 * The person paying by card, as pwpp (s.12) wants them: names as on the card, e-mail and mobile phone.
 * Every problem is reported at once.
 *
 * @param firstName first name on the card, 1 to 64 characters
 * @param lastName  last name on the card, 1 to 64 characters
 * @param email     e-mail address
 * @param iddCode   international dialling code without {@code +}, 1 to 4 digits ({@code 35})
 * @param mobile    mobile number without the dialling code, 4 to 15 digits
 */
public record Cardholder(String firstName, String lastName, String email, String iddCode, String mobile) {

    private static final int MAX_NAME = 64;
    private static final int MAX_EMAIL = 128;
    private static final Pattern IDD = Pattern.compile("[0-9]{1,4}");
    private static final Pattern MOBILE = Pattern.compile("[0-9]{4,15}");

    public Cardholder {
        Violations v = new Violations();
        v.verify(() -> Checks.text("firstName", firstName, MAX_NAME));
        v.verify(() -> Checks.text("lastName", lastName, MAX_NAME));
        if (email == null || email.isBlank()) {
            v.add("email", Checks.REQUIRED, "email is required");
        } else if (email.length() > MAX_EMAIL || !EmailRule.isPlausible(email)) {
            v.add("email", "email", "email must be an e-mail address of at most " + MAX_EMAIL + " characters");
        }
        FormRules.pattern(v, "iddCode", iddCode, IDD, "iddCode must be 1 to 4 digits, without +");
        FormRules.pattern(v, "mobile", mobile, MOBILE, "mobile must be 4 to 15 digits, without dialling code");
        v.throwIfAny();
    }
}
