package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.generated.model.KycUserWire;
import com.cpay.platform.adapter.http.generated.model.MerchantBalance;
import com.cpay.platform.adapter.http.generated.model.WalletAddress;
import com.cpay.platform.domain.kyc.KycUser;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.account.Balance;
import com.cpay.platform.domain.deposit.DepositAddress;
import com.cpay.platform.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The MapStruct mappers translate both ways without losing anything. */
class MappersTest {

    @Test
    void a_kyc_user_survives_the_round_trip_through_the_wire_names() {
        KycUserMapper mapper = new KycUserMapperImpl();
        KycUser user = Fixtures.kycUser("231xsd23");

        KycUserWire wire = mapper.toWire(user);

        assertThat(wire.getBrithday()).isEqualTo("1987-05-01");
        assertThat(wire.getIdCardUrls()).containsExactly("https://files.example.com/pi.jpg");
        assertThat(wire.getGender().getValue()).isEqualTo("male");
        assertThat(mapper.toDomain(wire)).isEqualTo(user);
    }

    @Test
    void deposit_addresses_and_balances_survive_the_round_trip() {
        DepositAddressMapper addresses = new DepositAddressMapperImpl();
        DepositAddress address = new DepositAddress("USDT", Network.TRON, Fixtures.TRON_ADDRESS);
        WalletAddress wire = addresses.toWire(address);
        assertThat(wire.getNetwork()).isEqualTo("TRON(TRC-20)");
        assertThat(addresses.toDomain(wire)).isEqualTo(address);

        BalanceMapper balances = new BalanceMapperImpl();
        Balance balance = new Balance("USD", new BigDecimal("0.10"), new BigDecimal("12.237"));
        MerchantBalance wireBalance = balances.toWire(balance);
        assertThat(wireBalance.getFreezeBalance()).isEqualTo("12.237");
        assertThat(wireBalance.getCryptoCurrency()).isEqualTo("USD");
        assertThat(balances.toDomain(wireBalance)).isEqualTo(balance);
    }

    @Test
    void a_balance_in_exponent_notation_is_refused_not_guessed() {
        MerchantBalance wire = new MerchantBalance().cryptoCurrency("USD").availableBalance("1E+3").freezeBalance("0");
        assertThatThrownBy(() -> new BalanceMapperImpl().toDomain(wire)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("availableBalance");
    }
}
