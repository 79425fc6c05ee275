package com.cpay.platform.domain.account;

import com.cpay.platform.domain.deposit.GetDepositAddressesUseCase;
import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.USER;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.deposit.DepositAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountQueriesTest {

    private final FakePlatform platform = new FakePlatform();

    @Test
    void balances_are_listed_by_currency_code_with_exact_decimals() {
        var balances = platform.getBalances().getBalances().balances();

        assertThat(balances).extracting(Balance::currency).containsExactly("BTC", "USD", "USDT");
        assertThat(balances.get(1).frozen()).isEqualByComparingTo("12.237");
    }

    @Test
    void a_users_deposit_addresses_are_all_listed() {
        GetDepositAddressesUseCase.Result result = platform.getDepositAddresses()
                .getDepositAddresses(new GetDepositAddressesUseCase.Query(USER, Optional.empty()));

        assertThat(result.userId()).isEqualTo(USER);
        assertThat(result.addresses()).hasSize(3);
        assertThat(platform.cpay.depositAddresses.lastRequest()).isEqualTo(USER);
    }

    @Test
    void deposit_addresses_can_be_narrowed_to_one_coin() {
        platform.cpay.depositAddresses.answers(java.util.List.of(
                new DepositAddress("usdt", com.cpay.platform.domain.money.Network.TRON, "T-1"),
                new DepositAddress("BTC", com.cpay.platform.domain.money.Network.BITCOIN, "b-1")));

        GetDepositAddressesUseCase.Result result = platform.getDepositAddresses()
                .getDepositAddresses(new GetDepositAddressesUseCase.Query(USER, Optional.of(Asset.USDT)));

        assertThat(result.addresses()).extracting(DepositAddress::address).containsExactly("T-1");
    }

    @Test
    void deposit_addresses_exist_for_crypto_only() {
        assertRefused(() -> new GetDepositAddressesUseCase.Query(USER, Optional.of(Asset.BRL)), "currency", "crypto-required");
        assertRefused(() -> new GetDepositAddressesUseCase.Query(null, null), "userId", "required");
        assertThat(new GetDepositAddressesUseCase.Query(USER, null).currency()).isEmpty();
    }
}
