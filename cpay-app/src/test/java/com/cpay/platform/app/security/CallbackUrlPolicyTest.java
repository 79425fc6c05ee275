package com.cpay.platform.app.security;

import com.cpay.platform.domain.shared.Violations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackUrlPolicyTest {

    private final CallbackUrlPolicy live = new CallbackUrlPolicy(true);
    private final CallbackUrlPolicy sandbox = new CallbackUrlPolicy(false);

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/x", "https://127.1.2.3/x", "https://10.0.0.1/x", "https://172.16.5.4/x",
            "https://192.168.1.1/x", "https://169.254.169.254/latest", "https://0.0.0.0/x", "https://[::1]/x",
            "https://[fe80::1]/x", "https://[fd00::1]/x", "https://localhost/x", "https://api.localhost/x",
            "https://printer.local/x", "https://intranet/x", "https://100.64.0.1/x", "https://db.internal/x"})
    void live_mode_refuses_hosts_of_private_networks(String url) {
        Violations v = new Violations();
        assertThat(live.check(v, "callbackUrl", URI.create(url))).isEmpty();
        assertThat(v.list()).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo(CallbackUrlPolicy.PRIVATE_HOST));
        assertThat(sandbox.check(new Violations(), "callbackUrl", URI.create(url))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.example.com/ok", "https://203.0.113.10/cb", "https://[2001:db8::1]/cb"})
    void live_mode_accepts_public_https(String url) {
        assertThat(live.check(new Violations(), "successUrl", URI.create(url))).isPresent();
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
