package com.cpay.platform.app.security;

import com.cpay.platform.app.config.AppMode;
import com.cpay.platform.domain.shared.Violations;
import jakarta.inject.Singleton;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which callback, success and fail URLs a caller may give. Always: absolute http(s), a host, at most 256
 * characters (the domain's {@code OrderUrls} checks that too). Live mode also requires https and refuses hosts that
 * would send C-Pay's webhooks or the user's browser into a private network: loopback, private (RFC 1918, IPv6
 * unique local), link-local, unspecified and multicast addresses written as literals, and names such as
 * {@code localhost}, {@code *.localhost}, {@code *.local}, {@code *.internal}. Host names are not resolved: a
 * public name pointing at a private address is not caught (DNS can change after the check anyway). Sandbox mode
 * allows plain http and local hosts, since the embedded simulator calls back to this machine.
 */
@Singleton
public class CallbackUrlPolicy {

    /** Rule word: a URL must use https in live mode. */
    public static final String HTTPS_REQUIRED = "https-required";
    /** Rule word: a URL points at a loopback, private or link-local host. */
    public static final String PRIVATE_HOST = "private-host";

    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private final boolean live;

    public CallbackUrlPolicy(AppMode mode) {
        this.live = mode.isLive();
    }

    CallbackUrlPolicy(boolean live) {
        this.live = live;
    }

    /**
     * The URL, when the text is one this mode accepts; violations are added under {@code field} otherwise.
     *
     * @return empty when absent or refused
     */
    public Optional<URI> check(Violations violations, String field, URI url) {
        if (url == null) {
            return Optional.empty();
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = host(url);
        if (!url.isAbsolute() || host == null || !(scheme.equals("http") || scheme.equals("https"))) {
            violations.add(field, "url", field + " must be an absolute http or https URL");
            return Optional.empty();
        }
        if (url.toString().length() > 256) {
            violations.add(field, "max-length", field + " must be at most 256 characters");
            return Optional.empty();
        }
        if (live && !scheme.equals("https")) {
            violations.add(field, HTTPS_REQUIRED, field + " must use https in live mode");
            return Optional.empty();
        }
        if (live && isLocal(host)) {
            violations.add(field, PRIVATE_HOST,
                    field + " must not point at a loopback, private or link-local host in live mode");
            return Optional.empty();
        }
        return Optional.of(url);
    }

    private static String host(URI url) {
        if (url.getHost() != null) {
            return url.getHost();
        }
        // URI leaves the host null for names with underscores and the like; read it from the authority
        String authority = url.getRawAuthority();
        if (authority == null || authority.isBlank()) {
            return null;
        }
        try {
            return new URI(url.getScheme() + "://" + authority.replace("_", "-")).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static boolean isLocal(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local")
                || name.endsWith(".internal") || name.endsWith(".localdomain") || !name.contains(".") && !name.contains(":")) {
            return true;
        }
        if (!IPV4_LITERAL.matcher(name).matches() && !name.contains(":")) {
            return false;
        }
        try {
            // a literal: no lookup happens for literals
            InetAddress address = InetAddress.getByName(name);
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal(address)
                    || carrierGradeNat(address);
        } catch (UnknownHostException e) {
            return true;
        }
    }

    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    private static boolean carrierGradeNat(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }
}
