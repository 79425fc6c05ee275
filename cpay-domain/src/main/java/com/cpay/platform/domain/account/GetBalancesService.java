package com.cpay.platform.domain.account;

import org.jmolecules.ddd.annotation.Service;
import java.util.Comparator;
import java.util.Objects;

/** Reads the merchant's balances from C-Pay. */
@Service
public final class GetBalancesService implements GetBalancesUseCase {

    private final CpayAccountGateway gateway;

    public GetBalancesService(CpayAccountGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public GetBalancesUseCase.Result getBalances() {
        return new GetBalancesUseCase.Result(gateway.balances().stream()
                .sorted(Comparator.comparing(Balance::currency))
                .toList());
    }
}
