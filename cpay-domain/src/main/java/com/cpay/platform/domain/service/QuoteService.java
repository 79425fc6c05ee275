package com.cpay.platform.domain.service;

import com.cpay.platform.domain.port.in.QuoteCommand;
import com.cpay.platform.domain.port.in.QuoteResult;
import com.cpay.platform.domain.port.in.QuoteUseCase;
import com.cpay.platform.domain.port.out.CpayExchangeGateway;
import java.util.Objects;

/** Asks C-Pay for rates; nothing is stored. */
public final class QuoteService implements QuoteUseCase {

    private final CpayExchangeGateway gateway;

    public QuoteService(CpayExchangeGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public QuoteResult quote(QuoteCommand command) {
        Objects.requireNonNull(command, "command");
        return new QuoteResult(gateway.quote(command.toRequest()));
    }
}
