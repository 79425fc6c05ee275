package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.gateway.CpayCallException.Kind;
import com.cpay.platform.adapter.http.generated.model.KycSubmissionResult;
import com.cpay.platform.adapter.http.generated.model.KycUserWire;
import com.cpay.platform.adapter.http.generated.model.SubmitKycRequest;
import com.cpay.platform.adapter.http.generated.model.SubmitKycResponse;
import com.cpay.platform.domain.kyc.KycBatch;
import com.cpay.platform.domain.kyc.KycBatchResult;
import com.cpay.platform.domain.kyc.CpayKycGateway;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * submitKYC (s.11): the users go as the JSON text of an array in the form field {@code data}, with the
 * document's wire names (docs/decisions.md, decision 6). There is no merchantTradeNo to look up, so a lost answer is
 * reported with an unknown outcome and never re-sent.
 */
final class KycHttpGateway implements CpayKycGateway {

    private static final String OPERATION = "submitKYC";

    private final CpayCalls calls;
    private final Submissions submissions;
    private final KycUserMapper mapper;
    private final JsonMapper json;

    KycHttpGateway(CpayCalls calls, Submissions submissions, KycUserMapper mapper, JsonMapper json) {
        this.calls = calls;
        this.submissions = submissions;
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    public KycBatchResult submit(KycBatch batch) {
        WireParams.Signed signed = calls.signForm(new SubmitKycRequest().data(dataText(batch)));
        return submissions.submit(OPERATION, null, signed,
                p -> {
                    SubmitKycResponse r = calls.call(OPERATION, p, SubmitKycResponse.class);
                    return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                },
                data -> batch.resultWith(count(data)),
                report -> {
                    throw new IllegalStateException("submitKYC has no order to look up");
                });
    }

    /** The {@code data} form field: a JSON array of users with the wire names. */
    String dataText(KycBatch batch) {
        try {
            byte[] bytes = json.writeValueAsBytes(Argument.listOf(KycUserWire.class), mapper.toWire(batch.users()));
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the KYC users could not be written as JSON", e);
        }
    }

    private static long count(KycSubmissionResult data) {
        if (data == null || data.getCount() == null) {
            throw CpayCallException.of(Kind.INVALID_DATA, OPERATION, "C-Pay's answer to submitKYC has no count");
        }
        return data.getCount();
    }
}
