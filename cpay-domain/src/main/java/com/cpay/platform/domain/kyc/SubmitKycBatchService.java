package com.cpay.platform.domain.kyc;

import org.jmolecules.ddd.annotation.Service;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** Validates KYC users against today's date and submits them to C-Pay in one batch. */
@Service
public final class SubmitKycBatchService implements SubmitKycBatchUseCase {

    private final CpayKycGateway gateway;
    private final Clock clock;

    public SubmitKycBatchService(CpayKycGateway gateway, Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SubmitKycBatchUseCase.Result submitKycBatch(SubmitKycBatchUseCase.Command command) {
        Objects.requireNonNull(command, "command");
        KycBatch batch = KycBatch.of(command.users(), LocalDate.now(clock));
        return new SubmitKycBatchUseCase.Result(gateway.submit(batch));
    }
}
