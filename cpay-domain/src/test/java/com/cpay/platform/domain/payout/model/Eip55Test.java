package com.cpay.platform.domain.payout.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EIP-55 against the EIP's test cases: all caps, all lower, and normal (mixed case) addresses. */
class Eip55Test {

    @ParameterizedTest
    @ValueSource(strings = {
        // all caps
        "52908400098527886E0F7030069857D2E4169EE7", "8617E340B3D01FA5F11F306F4090FD50E238070D",
        // all lower
        "de709f2102306220921060314715629080e2fb77", "27b1fdb04752bbc536007a920d24acb045561c26",
        // normal
        "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
    void the_eips_addresses_are_spelled_by_their_checksum(String address) {
        assertThat(Eip55.checksummed(address.toLowerCase(java.util.Locale.ROOT))).isEqualTo(address);
        assertThat(Eip55.checksummed(address.toUpperCase(java.util.Locale.ROOT))).isEqualTo(address);
        assertThat(Eip55.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "fB6916095ca1df60bB79Ce92cE3Ea74c37c5d358",
        "dbF03B407c01E7cD3CBea99509d93f8DDDC8C6Fb", "D1220A0cf47c7B9Be7A2E6BA89F429762e7b9ADb",
        "52908400098527886E0F7030069857D2E4169eE7"})
    void a_mixed_case_address_with_one_letter_or_digit_changed_is_refused(String address) {
        assertThat(Eip55.isValid(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED"})
    void an_address_in_one_case_carries_no_checksum_and_is_taken_as_it_is(String address) {
        assertThat(Eip55.isValid(address)).isTrue();
    }
}
