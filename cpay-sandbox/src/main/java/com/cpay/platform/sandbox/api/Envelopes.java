package com.cpay.platform.sandbox.api;

import com.cpay.platform.sandbox.generated.model.Envelope;
import com.cpay.platform.sandbox.generated.model.PwppResponse;
import com.cpay.platform.sandbox.generated.model.PwppResult;
import com.cpay.platform.sandbox.state.Ids;

/** Failure envelopes: {@code {code, msg, traceid}}, and pwpp's "pay fail" shape with empty data (s.12). */
final class Envelopes {

    static final long PAY_FAIL = 90751015L;

    private Envelopes() {
    }

    static Envelope failure(long code, String msg) {
        return new Envelope(code, msg).traceid(Ids.traceId());
    }

    static PwppResponse pwppFailure(long code, String msg) {
        return new PwppResponse(code, msg).traceid(Ids.traceId())
                .data(new PwppResult().orderId("").pageData("").ccStorageID(""));
    }
}
