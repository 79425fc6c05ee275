package com.cpay.platform.domain.quote;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.exchange.CpayExchangeGateway;
import java.util.Objects;

/** Asks C-Pay for rates; nothing is stored. */
@Service
public final class QuoteService implements QuoteUseCase {

    private final CpayExchangeGateway gateway;

    public QuoteService(CpayExchangeGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public QuoteUseCase.Result quote(QuoteUseCase.Command command) {
        Objects.requireNonNull(command, "command");
        return new QuoteUseCase.Result(gateway.quote(command.toRequest()));
    }
}
