package com.cpay.platform.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CardDataRedactionTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "4111111111111111|************1111",
        "4111 1111 1111 1111|**** **** **** 1111",
        "4111-1111-1111-1111|****-****-****-1111",
        "4111+1111+1111+1111|****+****+****+1111",
        "4111%201111%201111%201111|****%20****%20****%201111",
        "4111 - 1111   1111.1111|**** - ****   ****.1111",
        "3782 822463 10005|**** ****** *0005",
        "[4111,1111,1111,1111]|[****,****,****,1111]",
        "card 4111111111111112 (bad check digit)|card ************1112 (bad check digit)",
        "123456789012|********9012",
        "12345678901234567890123456|**********************3456",
        "pan=4111111111111111&x=1|pan=************1111&x=1",
        "\u0664\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661|"
                + "************\u0661\u0661\u0661\u0661",
    })
    void every_run_of_twelve_or_more_digits_is_masked_but_its_last_four(String text, String redacted) {
        assertThat(CardDataRedaction.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"12345678901", "4111 1111 111", "2026-03-10T08:00:00.123Z", "amount 19.011 USD",
        "203.0.113.10", "411111******1111", "order cp-7b785240e426694635bb09fb101ae241", "4111111    11111111",
        "cvvResult=M", "{\"cvv\":\"\"}", ""})
    void text_without_a_long_digit_run_or_a_security_code_value_is_left_alone(String text) {
        assertThat(CardDataRedaction.redact(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "{\"cvv\":\"737\"}|{\"cvv\":\"***\"}",
        "{\"cvv\" : 737, \"x\":1}|{\"cvv\" : ***, \"x\":1}",
        "{\"CVC2\":\"1234\"}|{\"CVC2\":\"***\"}",
        "{\"card\":{\"securityCode\":\"737\"}}|{\"card\":{\"securityCode\":\"***\"}}",
        "{\"cardCvv\":\"737\",\"security_code\":\"12\"}|{\"cardCvv\":\"***\",\"security_code\":\"***\"}",
        "cvv=737&cvv2=1234|cvv=***&cvv2=***",
        "card[cvc]=737|card[cvc]=***",
        "card%5Bcvv%5D=737|card%5Bcvv%5D=***",
        "{\"note\":\"{\\\"cvv\\\":\\\"737\\\"}\"}|{\"note\":\"{\\\"cvv\\\":\\\"***\\\"}\"}",
        "<cvn>737</cvn>|<cvn>***</cvn>",
        "{\"cvv\":\"4111111111111111\"}|{\"cvv\":\"***\"}",
    })
    void a_security_code_value_is_masked_entirely(String text, String redacted) {
        assertThat(CardDataRedaction.redact(text)).isEqualTo(redacted);
    }

    @Test
    void digit_runs_inside_known_values_are_left_alone() {
        String signed = "{\"orderId\":\"2209141130105863014\",\"merchantTradeNo\":\"ord-123456789012345\","
                + "\"createTime\":1663155010000,\"remark\":\"card 4111 1111 1111 1111\",\"x\":\"16631550100004\"}";

        assertThat(CardDataRedaction.redact(signed, List.of("2209141130105863014", "ord-123456789012345",
                "1663155010000"))).isEqualTo("{\"orderId\":\"2209141130105863014\",\"merchantTradeNo\":"
                + "\"ord-123456789012345\",\"createTime\":1663155010000,\"remark\":\"card **** **** **** 1111\","
                + "\"x\":\"**********0004\"}");
    }

    @Test
    void redacting_redacted_text_changes_nothing() {
        String once = CardDataRedaction.redact("{\"pan\":\"4111 1111 1111 1111\",\"cvv\":\"737\",\"n\":12345678901234}");

        assertThat(CardDataRedaction.redact(once)).isEqualTo(once);
    }

    @Test
    void an_excerpt_is_redacted_before_it_is_cut() {
        String text = "x".repeat(250) + "4111111111111111";

        assertThat(CardDataRedaction.excerpt(text, 256)).isEqualTo("x".repeat(250) + "******");
        assertThat(CardDataRedaction.excerpt("cvv=737\n", 256)).isEqualTo("cvv=*** ");
        assertThat(CardDataRedaction.excerpt("short", 256)).isEqualTo("short");
        assertThat(CardDataRedaction.excerpt("4111\u00001111\u00001111\u00001111", 256)).isEqualTo("**** **** **** 1111");
        assertThat(CardDataRedaction.excerpt("cvv:000000", 6)).isEqualTo("cvv:**");
        assertThat(CardDataRedaction.redact("cvv:**")).isEqualTo("cvv:**");
    }

    // A regular expression that repeats a group per digit overflowed the stack on some thousand digits (a fuzzed
    // webhook's amount); the text may be as long as a body is allowed to be.
    @Test
    void a_very_long_text_is_redacted_in_one_pass() {
        String digits = "9".repeat(200_000);
        String grouped = "4111 ".repeat(40_000) + "4111";
        String quotes = "cvv" + "]".repeat(100_000) + "=737";

        assertThat(CardDataRedaction.redact(digits)).isEqualTo("*".repeat(199_996) + "9999");
        assertThat(CardDataRedaction.redact(grouped)).endsWith("**** **** 4111").doesNotContain("4111 ");
        assertThat(CardDataRedaction.redact(quotes)).isEqualTo(quotes);
    }
}
