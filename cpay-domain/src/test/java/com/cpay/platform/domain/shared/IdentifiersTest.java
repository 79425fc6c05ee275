package com.cpay.platform.domain.shared;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    static Stream<Arguments> identifiers() {
        return Stream.of(
                Arguments.of("merchantTradeNo", 64, (Function<String, Object>) MerchantTradeNo::new),
                Arguments.of("cpayOrderId", 64, (Function<String, Object>) CpayOrderId::new),
                Arguments.of("userId", 64, (Function<String, Object>) UserId::new),
                Arguments.of("merchantId", 64, (Function<String, Object>) MerchantId::new),
                Arguments.of("hash", 128, (Function<String, Object>) TransactionHash::new));
    }

    @ParameterizedTest(name = "{0} of exactly {1} characters is accepted")
    @MethodSource("identifiers")
    void an_identifier_at_its_maximum_length_is_accepted(String field, int max, Function<String, Object> make) {
        String value = "a".repeat(max);
        assertThat(make.apply(value)).hasToString(value);
    }

    @ParameterizedTest(name = "{0} one character over {1} is refused")
    @MethodSource("identifiers")
    void an_identifier_over_its_maximum_length_is_refused(String field, int max, Function<String, Object> make) {
        assertRefused(() -> make.apply("a".repeat(max + 1)), field, "max-length");
    }

    @ParameterizedTest(name = "{0} blank is refused")
    @MethodSource("identifiers")
    void a_missing_identifier_is_refused(String field, int max, Function<String, Object> make) {
        assertRefused(() -> make.apply(null), field, "required");
        assertRefused(() -> make.apply("   "), field, "required");
    }

    @ParameterizedTest(name = "{0} with a line break is refused")
    @MethodSource("identifiers")
    void an_identifier_with_control_characters_is_refused(String field, int max, Function<String, Object> make) {
        assertRefused(() -> make.apply("abc\r\n"), field, "control-character");
    }

    @Test
    void identifiers_are_values() {
        assertThat(new MerchantTradeNo("T-1")).isEqualTo(new MerchantTradeNo("T-1"));
        assertThat(new MerchantTradeNo("T-1").value()).isEqualTo("T-1");
        assertThat(new CpayOrderId("23031008544224390")).hasToString("23031008544224390");
    }

    @Test
    void a_merchant_id_may_be_any_text_numeric_or_not() {
        assertThat(new MerchantId("20003092").value()).isEqualTo("20003092");
        assertThat(new MerchantId("20003xxx").value()).isEqualTo("20003xxx");
    }

    @Test
    void an_identifier_read_under_another_name_reports_that_name() {
        assertRefused(() -> MerchantTradeNo.of("orders[2].merchantTradeNo", ""), "orders[2].merchantTradeNo",
                "required");
        assertRefused(() -> CpayOrderId.of("orderId", "x".repeat(65)), "orderId", "max-length");
        assertRefused(() -> UserId.of("merchantUserId", "a\tb"), "merchantUserId", "control-character");
        assertRefused(() -> MerchantId.of("mid", null), "mid", "required");
        assertRefused(() -> TransactionHash.of("txHash", "h".repeat(129)), "txHash", "max-length");
        assertThat(MerchantTradeNo.of("x", "T-1")).isEqualTo(new MerchantTradeNo("T-1"));
        assertThat(CpayOrderId.of("x", "1")).isEqualTo(new CpayOrderId("1"));
        assertThat(UserId.of("x", "1")).isEqualTo(new UserId("1"));
        assertThat(MerchantId.of("x", "1")).isEqualTo(new MerchantId("1"));
        assertThat(TransactionHash.of("x", "1")).isEqualTo(new TransactionHash("1"));
    }
}
