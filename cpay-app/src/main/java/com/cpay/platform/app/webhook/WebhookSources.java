package com.cpay.platform.app.webhook;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who sent a webhook, for rate limiting refused ones: the client address of the connection, or, when that is one
 * of {@code cpay.webhooks.trusted-proxies}, the address the proxies forwarded ({@code X-Forwarded-For}, read from the
 * right: the first hop that is not a trusted proxy; a hop that is no IP literal ends the walk at the last trusted
 * one). A header from anyone else is ignored, so a sender cannot pick its own source. IPv6 senders are grouped by
 * their /64 network, which one host usually holds whole.
 */
@Singleton
public class WebhookSources {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final TrustedProxies proxies;

    public WebhookSources(@Value("${cpay.webhooks.trusted-proxies:}") List<String> trustedProxies) {
        this.proxies = TrustedProxies.of(trustedProxies);
    }

    /** The sender's key: an IPv4 address, an IPv6 /64 network, or {@code unknown}. */
    public String of(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return of(remote == null ? null : remote.getAddress(), request.getHeaders().getAll(FORWARDED_FOR));
    }

    /**
     * The sender's own address, found as for {@link #of(HttpRequest)} but not grouped (an IPv6 address whole): for a
     * record of who did something, such as the operator console's audit log.
     */
    public String address(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote == null ? null : remote.getAddress();
        if (peer == null) {
            return "unknown";
        }
        return text(proxies.isEmpty() || !proxies.contains(peer) ? peer
                : forwarded(request.getHeaders().getAll(FORWARDED_FOR), peer));
    }

    /** An address as text; IPv6 with its longest run of zero groups written {@code ::} ({@code ::1}). */
    static String text(InetAddress address) {
        String full = address.getHostAddress();
        if (!(address instanceof Inet6Address)) {
            return full;
        }
        int scope = full.indexOf('%');
        String[] groups = (scope < 0 ? full : full.substring(0, scope)).split(":");
        int start = -1;
        int length = 1;
        for (int i = 0; i < groups.length; i++) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > length) {
                start = i;
                length = j - i;
            }
            i = Math.max(i, j);
        }
        if (start < 0) {
            return String.join(":", groups);
        }
        return String.join(":", Arrays.copyOfRange(groups, 0, start)) + "::"
                + String.join(":", Arrays.copyOfRange(groups, start + length, groups.length));
    }

    /** The sender's key, from the connection's peer and the {@code X-Forwarded-For} headers as received. */
    String of(InetAddress peer, List<String> forwardedFor) {
        if (peer == null) {
            return "unknown";
        }
        return key(proxies.isEmpty() || !proxies.contains(peer) ? peer : forwarded(forwardedFor, peer));
    }

    private InetAddress forwarded(List<String> headers, InetAddress proxy) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            hops.addAll(Arrays.asList(header.split(",")));
        }
        InetAddress client = proxy;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiteral.parse(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get();
            if (!proxies.contains(client)) {
                return client;
            }
        }
        return client;
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(address.getAddress(), 8);
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                key.append(Integer.toHexString(((network[i] & 0xff) << 8) | (network[i + 1] & 0xff))).append(':');
            }
            return key.append(":/64").toString();
        }
        return address.getHostAddress();
    }
}
