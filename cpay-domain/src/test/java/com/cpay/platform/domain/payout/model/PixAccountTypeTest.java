package com.cpay.platform.domain.payout.model;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PixAccountTypeTest {

    @Test
    void each_pix_key_type_has_its_wire_code() {
        assertThat(PixAccountType.CPF_CNPJ.wireCode()).isEqualTo(1);
        assertThat(PixAccountType.EMAIL.wireCode()).isEqualTo(2);
        assertThat(PixAccountType.MOBILE.wireCode()).isEqualTo(3);
        assertThat(PixAccountType.RANDOM_KEY.wireCode()).isEqualTo(4);
    }

    @Test
    void a_wire_code_reads_back_as_its_type() {
        for (PixAccountType type : PixAccountType.values()) {
            assertThat(PixAccountType.fromWire(type.wireCode())).isEqualTo(type);
            assertThat(PixAccountType.fromWire(String.valueOf(type.wireCode()))).isEqualTo(type);
        }
    }

    @Test
    void an_unknown_code_is_refused() {
        assertRefused(() -> PixAccountType.fromWire(0), "accountType", "unknown-account-type");
        assertRefused(() -> PixAccountType.fromWire(5), "accountType", "unknown-account-type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "5", "11", "a", "01", "+1", "/"})
    void an_unknown_code_as_text_is_refused(String code) {
        assertRefused(() -> PixAccountType.fromWire(code), "accountType", "unknown-account-type");
    }

    @Test
    void a_missing_code_is_refused() {
        assertRefused(() -> PixAccountType.fromWire((String) null), "accountType", "required");
        assertRefused(() -> PixAccountType.fromWire(" "), "accountType", "required");
    }
}
