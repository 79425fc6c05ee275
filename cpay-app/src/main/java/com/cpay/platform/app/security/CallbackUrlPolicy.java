package com.cpay.platform.app.security;

import com.cpay.platform.app.config.AppMode;
import com.cpay.platform.domain.shared.Violations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which callback, success and fail URLs a caller may give. Always: absolute http(s), a host, at most 256
 * characters (the domain's {@code OrderUrls} checks that too). Live mode also requires https and refuses hosts that
 * would send C-Pay's webhooks or the user's browser into a private network: loopback, private (RFC 1918, IPv6
 * unique local), carrier-grade NAT, link-local, unspecified and multicast addresses, whether written as literals
 * or reached through a name: names such as {@code localhost}, {@code *.local} and {@code *.internal} are refused
 * outright, and any other name is resolved and refused when one of its addresses is such an address (a name with
 * one public and one private address is refused too) or when it has none. DNS can still change after the check (a
 * rebinding attack); the check keeps honest mistakes and simple tricks out, it is not a network boundary. Sandbox
 * mode allows plain http and local hosts, since the embedded simulator calls back to this machine.
 */
@Singleton
public class CallbackUrlPolicy {

    /** Rule word: a URL must use https in live mode. */
    public static final String HTTPS_REQUIRED = "https-required";
    /** Rule word: a URL points at a loopback, private or link-local host. */
    public static final String PRIVATE_HOST = "private-host";
    /** Rule word: the URL's host name has no address (live mode). */
    public static final String UNRESOLVABLE_HOST = "unresolvable-host";

    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private final boolean live;
    private final HostResolver resolver;

    @Inject
    public CallbackUrlPolicy(AppMode mode, HostResolver resolver) {
        this(mode.isLive(), resolver);
    }

    CallbackUrlPolicy(boolean live, HostResolver resolver) {
        this.live = live;
        this.resolver = resolver;
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
        if (!live) {
            return Optional.of(url);
        }
        String name = bare(host);
        if (isLocalName(name)) {
            return refusePrivate(violations, field);
        }
        List<InetAddress> addresses = isLiteral(name) ? List.of(literal(name)) : lookUp(name);
        if (addresses.isEmpty()) {
            violations.add(field, UNRESOLVABLE_HOST, field + " host " + name + " has no DNS address");
            return Optional.empty();
        }
        if (addresses.stream().anyMatch(CallbackUrlPolicy::isLocal)) {
            return refusePrivate(violations, field);
        }
        return Optional.of(url);
    }

    private static Optional<URI> refusePrivate(Violations violations, String field) {
        violations.add(field, PRIVATE_HOST,
                field + " must not point at a loopback, private or link-local host in live mode");
        return Optional.empty();
    }

    /** The name's addresses; none when it does not resolve. */
    private List<InetAddress> lookUp(String name) {
        try {
            return resolver.resolve(name);
        } catch (UnknownHostException e) {
            return List.of();
        }
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

    /** The host without IPv6 brackets and a trailing root dot, in lower case. */
    private static String bare(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static boolean isLocalName(String name) {
        return name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local")
                || name.endsWith(".internal") || name.endsWith(".localdomain")
                || !name.contains(".") && !name.contains(":");
    }

    private static boolean isLiteral(String name) {
        return IPV4_LITERAL.matcher(name).matches() || name.contains(":");
    }

    private static InetAddress literal(String name) {
        try {
            // a literal: InetAddress parses it without a lookup
            return InetAddress.getByName(name);
        } catch (UnknownHostException e) {
            // "1.2.3.999" and the like look like literals but are not addresses: treat them as the worst case
            return InetAddress.getLoopbackAddress();
        }
    }

    private static boolean isLocal(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal(address)
                || carrierGradeNat(address);
    }

    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    private static boolean carrierGradeNat(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }
}
