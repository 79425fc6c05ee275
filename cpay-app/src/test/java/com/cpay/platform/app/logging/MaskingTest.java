package com.cpay.platform.app.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void card_numbers_cvvs_signatures_keys_and_tokens_are_masked() {
        String line = "CardData(cardNumber: 4111 1111 1111 1111, cvv: 737, expDate: 12/27) "
                + "{\"cardNumber\":\"4000000000000002\",\"cvv\":\"123\"} sign=ab12cd secretKey=s3cr3t "
                + "Authorization: Bearer abc.def-123 order 261126012817079250014";
        String masked = Masking.mask(line);
        assertThat(masked).doesNotContain("4111 1111 1111 1111").doesNotContain("4000000000000002")
                .doesNotContain("737").doesNotContain("123\"").doesNotContain("ab12cd").doesNotContain("s3cr3t")
                .doesNotContain("abc.def-123").contains("411111******1111").contains("400000******0002");
        // 21-digit C-Pay order ids are not card numbers
        assertThat(masked).contains("261126012817079250014");
    }

    @Test
    void digits_that_fail_the_luhn_check_stay() {
        assertThat(Masking.mask("id 1234567890123")).isEqualTo("id 1234567890123");
    }
}
