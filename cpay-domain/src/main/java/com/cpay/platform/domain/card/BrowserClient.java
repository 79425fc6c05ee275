package com.cpay.platform.domain.card;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.Violations;

/**
 * The card holder's browser, which 3DS needs (pwpp, s.12): its {@code Accept} and {@code User-Agent}
 * headers and its IP address.
 *
 * @param httpAccept    the {@code Accept} header ({@code clientHTTPAccept}), at most 256 characters
 * @param httpUserAgent the {@code User-Agent} header ({@code clientHTTPUserAgent}), at most 256 characters
 * @param ip            the browser's IPv4 address ({@code ip})
 */
public record BrowserClient(String httpAccept, String httpUserAgent, String ip) {

    /** clientHTTPAccept and clientHTTPUserAgent are String(256). */
    public static final int MAX_HEADER_LENGTH = 256;

    public BrowserClient {
        Violations v = new Violations();
        v.verify(() -> Checks.text("clientHttpAccept", httpAccept, MAX_HEADER_LENGTH));
        v.verify(() -> Checks.text("clientHttpUserAgent", httpUserAgent, MAX_HEADER_LENGTH));
        v.verify(() -> IpAddress.requireV4("ip", ip));
        v.throwIfAny();
    }
}
