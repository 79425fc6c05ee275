package com.cpay.platform.domain.order;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violations;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional URLs an order may carry: where C-Pay posts its webhook ({@code callbackURL}/{@code callBackURL},
 * the spelling is the adapter's business, docs/decisions.md, decision 4) and where the user's browser returns after
 * paying. Each is an absolute http(s) URL of at most 256 characters. Whether plain http or private hosts are
 * acceptable depends on the mode (live or sandbox) and is checked where the mode is known.
 *
 * @param callbackUrl where C-Pay sends webhooks for this order
 * @param successUrl  where the browser goes after a successful payment
 * @param failUrl     where the browser goes after a failed payment
 */
public record OrderUrls(Optional<URI> callbackUrl, Optional<URI> successUrl, Optional<URI> failUrl) {

    /** {@code callbackURL}, {@code successURL} and {@code failURL} are String(256). */
    public static final int MAX_LENGTH = 256;
    /** Rule word: not an absolute http(s) URL. */
    public static final String URL = "url";
    /** Rule word: a URL the operation does not take. */
    public static final String NOT_SUPPORTED = "not-supported";

    private static final OrderUrls NONE = new OrderUrls(Optional.empty(), Optional.empty(), Optional.empty());

    public OrderUrls {
        callbackUrl = Objects.requireNonNullElse(callbackUrl, Optional.empty());
        successUrl = Objects.requireNonNullElse(successUrl, Optional.empty());
        failUrl = Objects.requireNonNullElse(failUrl, Optional.empty());
        Violations violations = new Violations();
        check(violations, "callbackUrl", callbackUrl);
        check(violations, "successUrl", successUrl);
        check(violations, "failUrl", failUrl);
        violations.throwIfAny();
    }

    /** No URL at all: C-Pay uses the ones configured on the merchant platform. */
    public static OrderUrls none() {
        return NONE;
    }

    /** Only a webhook URL. */
    public static OrderUrls callback(URI callbackUrl) {
        return new OrderUrls(Optional.of(callbackUrl), Optional.empty(), Optional.empty());
    }

    /**
     * These URLs for an operation that takes only a webhook URL (withdraw): a success or fail URL is refused.
     *
     * @param what the order, as the message names it ("a crypto payout")
     * @throws ValidationException with rule {@code not-supported} for each browser URL given
     */
    public OrderUrls callbackOnly(String what) {
        Violations violations = new Violations();
        if (successUrl.isPresent()) {
            violations.add("successUrl", NOT_SUPPORTED, what + " takes no successUrl");
        }
        if (failUrl.isPresent()) {
            violations.add("failUrl", NOT_SUPPORTED, what + " takes no failUrl");
        }
        violations.throwIfAny();
        return this;
    }

    private static void check(Violations violations, String field, Optional<URI> url) {
        if (url.isEmpty()) {
            return;
        }
        URI value = url.get();
        String scheme = value.getScheme();
        if (!value.isAbsolute() || value.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            violations.add(field, URL, field + " must be an absolute http or https URL");
        } else if (value.toString().length() > MAX_LENGTH) {
            violations.add(field, Checks.MAX_LENGTH, field + " must be at most " + MAX_LENGTH + " characters");
        }
    }
}
