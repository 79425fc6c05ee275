package com.cpay.platform.domain.order;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderUrlsTest {

    @Test
    void order_urls_are_absolute_http_or_https_links() {
        assertThat(OrderUrls.callback(URI.create("https://shop.example/hook")).callbackUrl()).isPresent();
        assertThat(urls("http://shop.example/ok").successUrl()).contains(URI.create("http://shop.example/ok"));
        assertRefused(() -> urls("ftp://shop.example/ok"), "successUrl", "url");
        assertRefused(() -> urls("/relative/ok"), "successUrl", "url");
        assertRefused(() -> urls("https:opaque"), "successUrl", "url");
        assertRefused(() -> urls("file:///etc/passwd"), "successUrl", "url");
    }

    @Test
    void an_order_url_is_at_most_256_characters() {
        String base = "https://shop.example/";
        assertThat(urls(base + "a".repeat(256 - base.length())).successUrl()).isPresent();
        assertRefused(() -> urls(base + "a".repeat(257 - base.length())), "successUrl", "max-length");
    }

    @Test
    void every_bad_url_is_reported_at_once() {
        assertRefusedWith(() -> new OrderUrls(Optional.of(URI.create("ftp://a.example")),
                        Optional.of(URI.create("ftp://a.example")), Optional.of(URI.create("ftp://a.example"))),
                "callbackUrl", "url", "successUrl", "url", "failUrl", "url");
    }

    @Test
    void missing_urls_are_none() {
        OrderUrls none = new OrderUrls(null, null, null);

        assertThat(none).isEqualTo(OrderUrls.none());
        assertThat(none.callbackUrl()).isEmpty();
        assertThat(none.failUrl()).isEmpty();
    }

    private static OrderUrls urls(String success) {
        return new OrderUrls(Optional.empty(), Optional.of(URI.create(success)), Optional.empty());
    }
}
