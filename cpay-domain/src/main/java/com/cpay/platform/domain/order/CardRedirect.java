package com.cpay.platform.domain.order;

import java.util.Objects;
import java.util.Optional;

/**
 * Where pwpp sends the card holder next (3DS challenge, or straight to the success/fail page): an HTML
 * document to render ({@code pageData}) or a URL to redirect to ({@code redirectURL}), at least one.
 *
 * <p>Needed only until the holder's browser has been sent on; adapters may keep it short-lived.
 *
 * @param pageData    the HTML document, if given
 * @param redirectUrl the URL, if given
 */
public record CardRedirect(Optional<String> pageData, Optional<String> redirectUrl) {

    public CardRedirect {
        Objects.requireNonNull(pageData, "pageData");
        Objects.requireNonNull(redirectUrl, "redirectUrl");
        pageData = pageData.filter(text -> !text.isBlank());
        redirectUrl = redirectUrl.filter(text -> !text.isBlank());
        if (pageData.isEmpty() && redirectUrl.isEmpty()) {
            throw new IllegalArgumentException("a card redirect needs pageData or a redirectURL");
        }
    }

    /** An HTML document to render. */
    public static CardRedirect page(String html) {
        return new CardRedirect(Optional.ofNullable(html), Optional.empty());
    }

    /** A URL to send the browser to. */
    public static CardRedirect url(String url) {
        return new CardRedirect(Optional.empty(), Optional.ofNullable(url));
    }

    // The page can be tens of kilobytes of HTML: keep logs readable.
    @Override
    public String toString() {
        return "CardRedirect[pageData=" + (pageData.isPresent() ? pageData.get().length() + " chars" : "none")
                + ", redirectUrl=" + redirectUrl.orElse("none") + "]";
    }
}
