package com.cpay.platform.domain.quote.model;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PurchaseTypeTest {

    @Test
    void purchase_types_have_their_wire_codes() {
        assertThat(PurchaseType.BY_SOURCE_AMOUNT.wireCode()).isZero();
        assertThat(PurchaseType.BY_TARGET_AMOUNT.wireCode()).isEqualTo(1);
        assertThat(PurchaseType.fromWire(0)).isEqualTo(PurchaseType.BY_SOURCE_AMOUNT);
        assertThat(PurchaseType.fromWire(1)).isEqualTo(PurchaseType.BY_TARGET_AMOUNT);
    }

    @Test
    void an_unknown_purchase_type_is_refused() {
        assertRefused(() -> PurchaseType.fromWire(2), "purchaseType", "unknown-purchase-type");
        assertRefused(() -> PurchaseType.fromWire(-1), "purchaseType", "unknown-purchase-type");
    }

    @Test
    void there_are_two_quote_channels() {
        assertThat(QuoteChannel.values()).containsExactly(QuoteChannel.CRYPTO, QuoteChannel.CARD);
    }
}
