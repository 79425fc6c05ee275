package com.cpay.platform.domain.deposit;

import org.jmolecules.ddd.annotation.Service;
import java.util.Objects;

/** Reads a user's deposit addresses from C-Pay, optionally for one coin. */
@Service
public final class GetDepositAddressesService implements GetDepositAddressesUseCase {

    private final CpayDepositGateway gateway;

    public GetDepositAddressesService(CpayDepositGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public GetDepositAddressesUseCase.Result getDepositAddresses(GetDepositAddressesUseCase.Query query) {
        Objects.requireNonNull(query, "query");
        var addresses = gateway.depositAddresses(query.userId()).stream()
                .filter(a -> query.currency().map(c -> c.code().equalsIgnoreCase(a.currency())).orElse(true))
                .toList();
        return new GetDepositAddressesUseCase.Result(query.userId(), addresses);
    }
}
