package com.cpay.platform.app.security;

import com.cpay.platform.app.support.FakeDns;
import com.cpay.platform.domain.shared.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackUrlPolicyTest {

    /** shop: public; intranet-alias: private; split: one public and one private address; nothing else resolves. */
    private final FakeDns dns = new FakeDns(List.of("shop.example.com=203.0.113.10",
            "intranet-alias.example.com=10.20.30.40", "metadata.example.com=169.254.169.254",
            "split.example.com=203.0.113.11", "split.example.com=192.168.0.11", "v6.example.com=2001:db8::7",
            "v6-local.example.com=fd12::7"));
    private final List<String> lookups = new ArrayList<>();
    private final HostResolver resolver = host -> {
        lookups.add(host);
        return dns.resolve(host);
    };
    private final CallbackUrlPolicy live = new CallbackUrlPolicy(true, resolver);
    private final CallbackUrlPolicy sandbox = new CallbackUrlPolicy(false, resolver);

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/x", "https://127.1.2.3/x", "https://10.0.0.1/x", "https://172.16.5.4/x",
            "https://192.168.1.1/x", "https://169.254.169.254/latest", "https://0.0.0.0/x", "https://[::1]/x",
            "https://[fe80::1]/x", "https://[fd00::1]/x", "https://localhost/x", "https://api.localhost/x",
            "https://printer.local/x", "https://intranet/x", "https://100.64.0.1/x", "https://db.internal/x",
            "https://[::ffff:127.0.0.1]/x", "https://[::ffff:10.0.0.1]/x", "https://224.0.0.1/x",
            "https://intranet-alias.example.com/cb", "https://metadata.example.com/latest",
            "https://split.example.com/cb", "https://v6-local.example.com/cb", "https://SHOP.localhost./x"})
    void live_mode_refuses_hosts_of_private_networks(String url) {
        Violations v = new Violations();
        assertThat(live.check(v, "callbackUrl", URI.create(url))).isEmpty();
        assertThat(v.list()).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo(CallbackUrlPolicy.PRIVATE_HOST));
        assertThat(sandbox.check(new Violations(), "callbackUrl", URI.create(url))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.example.com/ok", "https://203.0.113.10/cb", "https://[2001:db8::1]/cb",
            "https://v6.example.com/cb", "https://shop.example.com.:8443/ok"})
    void live_mode_accepts_public_https(String url) {
        assertThat(live.check(new Violations(), "successUrl", URI.create(url))).isPresent();
    }

    @Test
    void live_mode_refuses_a_name_without_address_and_sandbox_does_not_look_it_up() {
        Violations v = new Violations();
        assertThat(live.check(v, "callbackUrl", URI.create("https://typo.example.con/cb"))).isEmpty();
        assertThat(v.list()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(CallbackUrlPolicy.UNRESOLVABLE_HOST);
            assertThat(x.message()).contains("typo.example.con");
        });
        lookups.clear();
        assertThat(sandbox.check(new Violations(), "callbackUrl", URI.create("https://typo.example.con/cb")))
                .isPresent();
        assertThat(lookups).isEmpty();
    }

    @Test
    void literals_and_known_local_names_are_decided_without_a_lookup() {
        live.check(new Violations(), "callbackUrl", URI.create("https://203.0.113.10/cb"));
        live.check(new Violations(), "callbackUrl", URI.create("https://db.internal/cb"));
        live.check(new Violations(), "callbackUrl", URI.create("https://[2001:db8::1]/cb"));
        assertThat(lookups).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://shop.example.com/ok"})
    void live_mode_refuses_plain_http_and_sandbox_accepts_it(String url) {
        Violations v = new Violations();
        assertThat(live.check(v, "failUrl", URI.create(url))).isEmpty();
        assertThat(v.list().get(0).rule()).isEqualTo(CallbackUrlPolicy.HTTPS_REQUIRED);
        assertThat(sandbox.check(new Violations(), "failUrl", URI.create(url))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://shop.example.com/x", "/relative/path", "mailto:a@b.c"})
    void every_mode_refuses_what_is_not_an_absolute_http_url(String url) {
        Violations v = new Violations();
        assertThat(sandbox.check(v, "callbackUrl", URI.create(url))).isEmpty();
        assertThat(v.list().get(0).rule()).isEqualTo("url");
    }
}
