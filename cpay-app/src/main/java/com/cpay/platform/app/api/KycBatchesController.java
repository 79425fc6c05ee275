package com.cpay.platform.app.api;

import com.cpay.platform.app.generated.api.KycBatchesApi;
import com.cpay.platform.app.generated.model.KycBatchResult;
import com.cpay.platform.app.generated.model.SubmitKycBatchRequest;
import com.cpay.platform.app.idempotency.IdempotentCalls;
import com.cpay.platform.domain.kyc.SubmitKycBatchUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** KYC batches: {@link SubmitKycBatchUseCase}. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class KycBatchesController implements KycBatchesApi {

    private final SubmitKycBatchUseCase submitKycBatch;
    private final Commands commands;
    private final IdempotentCalls calls;

    KycBatchesController(SubmitKycBatchUseCase submitKycBatch, Commands commands, IdempotentCalls calls) {
        this.submitKycBatch = submitKycBatch;
        this.commands = commands;
        this.calls = calls;
    }

    @Override
    public HttpResponse<KycBatchResult> submitKycBatch(String idempotencyKey, SubmitKycBatchRequest body) {
        var request = ServerRequestContext.currentRequest().orElseThrow();
        return calls.run(request, idempotencyKey, body, () -> calls.json(HttpStatus.OK,
                Views.kyc(submitKycBatch.submitKycBatch(commands.kycBatch(body)))));
    }
}
