package com.cpay.platform.sandbox.api;

import com.cpay.platform.sandbox.rules.Rejection;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/** Field checks shared by several operations. */
final class Checks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");

    private Checks() {
    }

    static void email(String email) {
        if (!EMAIL.matcher(email).matches()) {
            throw new Rejection("email is not a valid e-mail address");
        }
    }

    static void ip(String ip, boolean allowIpv6) {
        boolean ok = IPV4.matcher(ip).matches() || (allowIpv6 && ip.contains(":") && IPV6.matcher(ip).matches());
        if (!ok) {
            throw new Rejection("ip is not a valid " + (allowIpv6 ? "IPv4 or IPv6" : "IPv4") + " address");
        }
    }

    static void createTime(String createTime) {
        if (createTime == null || !DIGITS.matcher(createTime).matches()) {
            throw new Rejection("createTime must be the order time in milliseconds");
        }
    }

    static void notBlank(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new Rejection(parameter + " is required");
        }
    }

    /** products (s.12, s.14): the JSON text of a non-empty array of product lines. */
    static void products(String products, JsonMapper json) {
        try {
            List<Object> lines = json.readValue(products, Argument.listOf(Object.class));
            if (lines == null || lines.isEmpty()) {
                throw new Rejection("products must be a non-empty JSON array");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Rejection rejection) {
                throw rejection;
            }
            throw new Rejection("products is not a JSON array");
        }
    }
}
