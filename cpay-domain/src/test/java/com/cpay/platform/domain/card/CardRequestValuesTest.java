package com.cpay.platform.domain.card;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CardRequestValuesTest {

    @Test
    void a_product_line_has_a_name_a_price_a_quantity_and_a_currency() {
        assertThat(new ProductLine("iphone 11", new BigDecimal("5300.00"), 2, "CNY").quantity()).isEqualTo(2);
        assertThat(new ProductLine("gift", BigDecimal.ZERO, 1, "USD").price()).isZero();
        assertRefused(() -> new ProductLine(" ", BigDecimal.ONE, 1, "USD"), "name", "required");
        assertRefused(() -> new ProductLine("n".repeat(129), BigDecimal.ONE, 1, "USD"), "name", "max-length");
        assertRefused(() -> new ProductLine("a", null, 1, "USD"), "price", "required");
        assertRefused(() -> new ProductLine("a", new BigDecimal("-0.01"), 1, "USD"), "price", "negative");
        assertRefused(() -> new ProductLine("a", BigDecimal.ONE, 0, "USD"), "quantity", "positive");
        assertRefused(() -> new ProductLine("a", BigDecimal.ONE, 1, "usd"), "currency", "pattern");
        assertRefused(() -> new ProductLine("a", BigDecimal.ONE, 1, null), "currency", "pattern");
        assertRefusedWith(() -> new ProductLine(null, null, -1, "US"),
                "name", "required", "price", "required", "quantity", "positive", "currency", "pattern");
    }

    @Test
    void a_cardholder_has_names_email_and_phone() {
        assertThat(new Cardholder("Ana", "Souza", "ana@example.com", "55", "11987654321").iddCode()).isEqualTo("55");
        assertRefused(() -> new Cardholder("", "Souza", "ana@example.com", "55", "1198765"), "firstName", "required");
        assertRefused(() -> new Cardholder("Ana", null, "ana@example.com", "55", "1198765"), "lastName", "required");
        assertRefused(() -> new Cardholder("Ana", "S", null, "55", "1198765"), "email", "required");
        assertRefused(() -> new Cardholder("Ana", "S", "ana", "55", "1198765"), "email", "email");
        String longest = "a@" + "b".repeat(60) + "." + "c".repeat(61) + ".com";
        assertThat(new Cardholder("Ana", "S", longest, "55", "1198765").email()).hasSize(128);
        assertRefused(() -> new Cardholder("Ana", "S", "a" + longest, "55", "1198765"), "email", "email");
        assertRefused(() -> new Cardholder("Ana", "S", "ana@example.com", "+55", "1198765"), "iddCode", "pattern");
        assertRefused(() -> new Cardholder("Ana", "S", "ana@example.com", "55", "123"), "mobile", "pattern");
        assertRefused(() -> new Cardholder("Ana", "S", "ana@example.com", " ", "1198765"), "iddCode", "required");
        assertRefused(() -> new Cardholder("Ana", "S", "ana@example.com", "55", null), "mobile", "required");
    }

    @Test
    void a_billing_address_follows_the_documented_characters() {
        assertThat(new BillingAddress("Rua Augusta 100, apto 5", "BR", "São Paulo", "01304-000").city())
                .isEqualTo("São Paulo");
        assertRefused(() -> new BillingAddress("Rua <script>", "BR", "Sao Paulo", "01304"), "addressLine",
                "pattern");
        assertRefused(() -> new BillingAddress("a".repeat(51), "BR", "Sao Paulo", "01304"), "addressLine",
                "pattern");
        assertRefused(() -> new BillingAddress("Rua 1", "BRA", "Sao Paulo", "01304"), "country", "iso-country");
        assertRefused(() -> new BillingAddress("Rua 1", null, "Sao Paulo", "01304"), "country", "required");
        assertRefused(() -> new BillingAddress("Rua 1", "BR", "Rio de Janeiro x", "01304"), "city", "pattern");
        assertRefused(() -> new BillingAddress("Rua 1", "BR", "City 9", "01304"), "city", "pattern");
        assertRefused(() -> new BillingAddress("Rua 1", "BR", "Rio", "01304_000"), "zip", "pattern");
        assertRefused(() -> new BillingAddress("Rua 1", "BR", "Rio", ""), "zip", "required");
    }

    @Test
    void a_browser_gives_its_headers_and_an_ipv4_address() {
        assertThat(new BrowserClient("text/html", "Mozilla/5.0", "192.168.0.1").ip()).isEqualTo("192.168.0.1");
        assertRefused(() -> new BrowserClient("", "Mozilla", "1.2.3.4"), "clientHttpAccept", "required");
        assertRefused(() -> new BrowserClient("a".repeat(257), "Mozilla", "1.2.3.4"), "clientHttpAccept",
                "max-length");
        assertRefused(() -> new BrowserClient("text/html", "Mozilla\n", "1.2.3.4"), "clientHttpUserAgent",
                "control-character");
        assertRefused(() -> new BrowserClient("text/html", "Mozilla", "2001:db8::1"), "ip", "ip-address");
        assertRefused(() -> new BrowserClient("text/html", "Mozilla", "2001:db8:0:0:0:0:2:1"), "ip", "max-length");
        assertRefused(() -> new BrowserClient("text/html", "Mozilla", "256.1.1.1"), "ip", "ip-address");
    }

    @Test
    void ip_addresses_are_checked_by_shape() {
        assertThat(IpAddress.requireV4("ip", "255.255.255.255")).isEqualTo("255.255.255.255");
        assertThat(IpAddress.requireV4("ip", "0.0.0.0")).isEqualTo("0.0.0.0");
        assertRefused(() -> IpAddress.requireV4("ip", "01.2.3.4"), "ip", "ip-address");
        assertRefused(() -> IpAddress.requireV4("ip", "1.2.3.4.5"), "ip", "ip-address");
        assertThat(IpAddress.requireV4OrV6("ip", "::1")).isEqualTo("::1");
        assertThat(IpAddress.requireV4OrV6("ip", "2001:db8:0:0:0:0:2:1")).isEqualTo("2001:db8:0:0:0:0:2:1");
        assertThat(IpAddress.requireV4OrV6("ip", "10.0.0.1")).isEqualTo("10.0.0.1");
        assertRefused(() -> IpAddress.requireV4OrV6("ip", "db8:1"), "ip", "ip-address");
        assertRefused(() -> IpAddress.requireV4OrV6("ip", "g::1"), "ip", "ip-address");
        assertRefused(() -> IpAddress.requireV4OrV6("ip", "localhost"), "ip", "ip-address");
        assertRefused(() -> IpAddress.requireV4OrV6("ip", "1".repeat(46)), "ip", "max-length");
    }
}
