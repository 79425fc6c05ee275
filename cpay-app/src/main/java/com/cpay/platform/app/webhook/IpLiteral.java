package com.cpay.platform.app.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IP address written as a literal (as in {@code X-Forwarded-For} or a configured proxy), read without ever asking
 * DNS: a header is attacker-controlled, and a name in it must not become a lookup.
 */
final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern IPV6_BRACKETED = Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::\\d{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpLiteral() {
    }

    /**
     * The address written in {@code text}: IPv4 ({@code 203.0.113.7}, also with {@code :port}) or IPv6
     * ({@code 2001:db8::7}, also {@code [2001:db8::7]:443}); empty for anything else, names included.
     */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        Matcher withPort = IPV4_WITH_PORT.matcher(literal);
        if (withPort.matches()) {
            literal = withPort.group(1);
        }
        Matcher bracketed = IPV6_BRACKETED.matcher(literal);
        if (bracketed.matches()) {
            literal = bracketed.group(1);
        }
        Matcher v4 = IPV4.matcher(literal);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(v4.group(i + 1));
                if (part > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) part;
            }
            return address(bytes);
        }
        if (IPV6.matcher(literal).matches()) {
            try {
                // starts with a hex digit or ':' and contains ':': InetAddress parses it as an IPv6 literal and
                // throws when it is none, without a lookup
                return Optional.of(InetAddress.getByName(literal));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<InetAddress> address(byte[] bytes) {
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
