package com.cpay.platform.app.webhook;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The proxies whose {@code X-Forwarded-For} is believed ({@code cpay.webhooks.trusted-proxies}): addresses or CIDR
 * ranges, IPv4 or IPv6 ({@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code fd00::/8}). Anything else is a configuration
 * error, reported at start-up.
 */
final class TrustedProxies {

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The configured entries; blank ones are ignored. */
    static TrustedProxies of(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            if (entry != null && !entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        return new TrustedProxies(ranges);
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean contains(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            Optional<InetAddress> address = IpLiteral.parse(slash < 0 ? entry : entry.substring(0, slash));
            if (address.isEmpty()) {
                throw invalid(entry);
            }
            byte[] network = address.get().getAddress();
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw invalid(entry);
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw invalid(entry);
                }
            }
            return new Range(network, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        private static IllegalArgumentException invalid(String entry) {
            return new IllegalArgumentException("cpay.webhooks.trusted-proxies: '" + entry
                    + "' is no IP address or CIDR range (e.g. 10.0.0.0/8, 2001:db8::/32)");
        }
    }
}
