package com.cpay.platform.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TestCardNumbers;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the C-Pay call log keeps of a call: a trace id an operator can quote, a detail without card data. */
class CpayCallTest {

    private static CpayCall call(Optional<String> traceId, Optional<String> detail) {
        return new CpayCall(new MerchantTradeNo("call-1"), "createOrder", Instant.EPOCH, CpayCall.Result.REFUSED,
                Optional.of(4001L), traceId, detail);
    }

    @Test
    void a_trace_id_is_kept_stripped_and_a_blank_or_missing_one_is_none() {
        assertThat(call(Optional.of("  221117082830X664937 "), Optional.empty()).traceId())
                .contains("221117082830X664937");
        assertThat(call(Optional.of("   "), Optional.empty()).traceId()).isEmpty();
        assertThat(call(null, Optional.empty()).traceId()).isEmpty();
    }

    @Test
    void a_trace_id_longer_than_the_column_is_cut_to_it_and_one_that_fits_is_kept_whole() {
        String fits = "t".repeat(CpayCall.MAX_TRACE_ID);
        assertThat(call(Optional.of(fits), Optional.empty()).traceId()).contains(fits);
        assertThat(call(Optional.of(fits + "xyz"), Optional.empty()).traceId()).contains(fits);
    }

    @Test
    void a_detail_is_kept_with_card_numbers_masked_and_a_blank_or_missing_one_is_none() {
        String pan = TestCardNumbers.withCheckDigit("411111111111111");
        Optional<String> detail = call(Optional.empty(), Optional.of("card " + pan + " refused")).detail();
        assertThat(detail).hasValueSatisfying(text -> assertThat(text).startsWith("card ").endsWith(" refused")
                .doesNotContain(pan));
        assertThat(call(Optional.empty(), Optional.of(" \t")).detail()).isEmpty();
        assertThat(call(Optional.empty(), null).detail()).isEmpty();
        assertThat(call(Optional.empty(), Optional.of("x".repeat(CpayCall.MAX_DETAIL * 2))).detail())
                .hasValueSatisfying(text -> assertThat(text.length()).isLessThanOrEqualTo(CpayCall.MAX_DETAIL));
    }

    @Test
    void a_missing_code_is_none() {
        CpayCall call = new CpayCall(new MerchantTradeNo("call-1"), "createOrder", Instant.EPOCH,
                CpayCall.Result.NO_ANSWER, null, Optional.empty(), Optional.empty());
        assertThat(call.code()).isEmpty();
    }
}
