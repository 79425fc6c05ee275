package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.generated.model.WalletAddress;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.deposit.DepositAddress;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

import java.util.List;

/** getWalletAddress's {@code data} items and {@link DepositAddress}, both ways. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface DepositAddressMapper {

    DepositAddress toDomain(WalletAddress wire);

    List<DepositAddress> toDomain(List<WalletAddress> wire);

    WalletAddress toWire(DepositAddress address);

    default Network network(String wireName) {
        return wireName == null || wireName.isBlank() ? null : Network.of(wireName);
    }

    default String network(Network network) {
        return network == null ? null : network.wireName();
    }
}
