package com.cpay.platform.app.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSourcesTest {

    private static final WebhookSources NO_PROXIES = new WebhookSources(List.of());
    private static final WebhookSources BEHIND_PROXIES = new WebhookSources(List.of("10.0.0.0/8", " 192.0.2.1 ",
            "fd00::/8", ""));

    @Test
    void an_address_is_written_whole_with_ipv6_zero_runs_shortened() throws Exception {
        assertThat(WebhookSources.text(ip("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(WebhookSources.text(ip("::1"))).isEqualTo("::1");
        assertThat(WebhookSources.text(ip("2001:db8:0:0:1:0:0:0"))).isEqualTo("2001:db8:0:0:1::");
        assertThat(WebhookSources.text(ip("2001:db8:0:1:0:0:0:5"))).isEqualTo("2001:db8:0:1::5");
        assertThat(WebhookSources.text(ip("2001:db8:1:2:3:4:0:5"))).isEqualTo("2001:db8:1:2:3:4:0:5");
        assertThat(WebhookSources.text(ip("::"))).isEqualTo("::");
    }

    @Test
    void without_trusted_proxies_the_header_is_ignored() {
        assertThat(NO_PROXIES.of(ip("203.0.113.7"), List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(NO_PROXIES.of(ip("10.1.2.3"), List.of("198.51.100.1"))).isEqualTo("10.1.2.3");
    }

    @Test
    void a_connection_from_anyone_but_a_trusted_proxy_cannot_choose_its_source() {
        assertThat(BEHIND_PROXIES.of(ip("203.0.113.7"), List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behind_trusted_proxies_the_rightmost_hop_that_is_no_trusted_proxy_is_the_source() {
        assertThat(BEHIND_PROXIES.of(ip("10.0.0.5"), List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        // the client wrote its own X-Forwarded-For; only what our proxies appended counts
        assertThat(BEHIND_PROXIES.of(ip("10.0.0.5"), List.of("1.2.3.4, 198.51.100.1, 10.9.9.9")))
                .isEqualTo("198.51.100.1");
        assertThat(BEHIND_PROXIES.of(ip("10.0.0.5"), List.of("1.2.3.4", "198.51.100.1:5555, 192.0.2.1")))
                .isEqualTo("198.51.100.1");
        assertThat(BEHIND_PROXIES.of(ip("10.0.0.5"), List.of("[2001:db8:1:2::9]:443"))).isEqualTo("2001:db8:1:2::/64");
    }

    @Test
    void a_hop_that_is_no_address_ends_the_walk_at_the_last_trusted_proxy() {
        assertThat(BEHIND_PROXIES.of(ip("10.0.0.5"), List.of("198.51.100.1, evil.example, 10.0.0.6")))
                .isEqualTo("10.0.0.6");
        assertThat(BEHIND_PROXIES.of(ip("10.0.0.5"), List.of("4111111111111111"))).isEqualTo("10.0.0.5");
        assertThat(BEHIND_PROXIES.of(ip("10.0.0.5"), List.of())).isEqualTo("10.0.0.5");
    }

    @Test
    void ipv6_senders_are_grouped_by_their_64_network() {
        assertThat(NO_PROXIES.of(ip("2001:db8:1:2:aaaa::1"), List.of()))
                .isEqualTo(NO_PROXIES.of(ip("2001:db8:1:2:bbbb::2"), List.of())).isEqualTo("2001:db8:1:2::/64");
        assertThat(NO_PROXIES.of(ip("2001:db8:1:3::1"), List.of())).isEqualTo("2001:db8:1:3::/64");
        assertThat(NO_PROXIES.of(null, List.of())).isEqualTo("unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example", "10.0.0.0/33", "10.0.0.256", "fd00::/129", "10.0.0.0/x", "::1/-1"})
    void a_trusted_proxy_that_is_no_address_or_range_is_refused_at_start(String entry) {
        assertThatThrownBy(() -> new WebhookSources(List.of(entry))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cpay.webhooks.trusted-proxies");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "localhost", "1.2.3", "1.2.3.4.5", "abc", "::g", "1:2:3:4:5:6:7:8:9", ""})
    void only_ip_literals_are_read_and_never_looked_up(String text) {
        assertThat(IpLiteral.parse(text)).isEmpty();
    }

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }
}
