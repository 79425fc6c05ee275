package com.cpay.platform.domain.shared;

import java.util.regex.Pattern;

/**
 * A deliberately small e-mail check ("RFC-lite"), written once for PIX keys and KYC: one {@code @}, a local
 * part of the usual unquoted characters without leading, trailing or doubled dots, and a domain of at
 * least two DNS labels ending in a 2+ letter top-level domain. Quoted local parts, IP literals and
 * internationalised addresses are refused: no payment rail here accepts them, nor an address longer than 254
 * characters.
 */
public final class EmailRule {

    // One pattern, no arithmetic: the lookahead bounds the local part to 64 characters (RFC 5321); neither
    // part may contain '@', so there is exactly one.
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern EMAIL = Pattern.compile(
            "(?=[^@]{1,64}@)" + ATOM + "(\\." + ATOM + ")*@(" + LABEL + "\\.)+[A-Za-z]{2,63}");

    // RFC 5321's longest forward path. Checked before the pattern, whose repeated groups recurse once per label:
    // a text of some thousand labels would overflow the stack.
    private static final int MAX_LENGTH = 254;

    private EmailRule() {
    }

    /** Whether the text looks like a deliverable e-mail address (see the class comment for "looks like"). */
    public static boolean isPlausible(String text) {
        return text != null && text.length() <= MAX_LENGTH && EMAIL.matcher(text).matches();
    }
}
