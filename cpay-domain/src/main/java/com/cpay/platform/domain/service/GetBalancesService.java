package com.cpay.platform.domain.service;

import com.cpay.platform.domain.port.in.GetBalancesResult;
import com.cpay.platform.domain.port.in.GetBalancesUseCase;
import com.cpay.platform.domain.port.out.Balance;
import com.cpay.platform.domain.port.out.CpayAccountGateway;
import java.util.Comparator;
import java.util.Objects;

/** Reads the merchant's balances from C-Pay. */
public final class GetBalancesService implements GetBalancesUseCase {

    private final CpayAccountGateway gateway;

    public GetBalancesService(CpayAccountGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public GetBalancesResult getBalances() {
        return new GetBalancesResult(gateway.balances().stream()
                .sorted(Comparator.comparing(Balance::currency))
                .toList());
    }
}
