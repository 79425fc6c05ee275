package com.cpay.platform.domain.card;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.regex.Pattern;

/**
 * The shape of IP addresses as C-Pay's forms want them: pwpp takes IPv4 only, createOrderByCreditCard IPv4
 * or IPv6. Checked by shape, without name resolution.
 */
public final class IpAddress {

    /** Rule word: not an IP address of the accepted family. */
    public static final String RULE = "ip-address";

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private static final Pattern V4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpAddress() {
    }

    /** The address, when it is a dotted IPv4 address. */
    public static String requireV4(String field, String value) {
        Checks.text(field, value, 15);
        if (!V4.matcher(value).matches()) {
            throw ValidationException.of(field, RULE, field + " must be an IPv4 address");
        }
        return value;
    }

    /** The address, when it is an IPv4 address or looks like an IPv6 address (hex groups and colons). */
    public static String requireV4OrV6(String field, String value) {
        Checks.text(field, value, 45);
        boolean v6 = value.indexOf(':') >= 0 && value.chars().filter(c -> c == ':').count() >= 2
                && V6.matcher(value).matches();
        if (!V4.matcher(value).matches() && !v6) {
            throw ValidationException.of(field, RULE, field + " must be an IPv4 or IPv6 address");
        }
        return value;
    }
}
