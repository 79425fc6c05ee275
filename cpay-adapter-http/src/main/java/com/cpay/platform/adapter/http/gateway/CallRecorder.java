package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.domain.order.CpayCall;
import com.cpay.platform.domain.order.CpayCallLog;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each call about an order in the {@link CpayCallLog}, where its answer is read: the only place C-Pay's
 * {@code traceid} of an accepted call is seen (the domain's answers do not carry it). Only the operation, code,
 * traceid and C-Pay's msg or the failure's message (neither repeats a parameter value; the log masks card numbers
 * anyway). Keeping it is best effort: a log that cannot be written must never change what the call did, so its
 * failure is logged and the call goes on. Without a log (an embedding without the persistence adapter) it keeps
 * nothing.
 */
final class CallRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(CallRecorder.class);

    private final Optional<CpayCallLog> log;
    private final Clock clock;

    CallRecorder(Optional<CpayCallLog> log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Keeps nothing. */
    static CallRecorder none() {
        return new CallRecorder(Optional.empty(), Clock.systemUTC());
    }

    /** C-Pay answered (any code; an envelope without a code is no usable answer). */
    void answered(String operation, MerchantTradeNo order, Envelope<?> envelope) {
        if (envelope == null) {
            keep(operation, order, CpayCall.Result.NO_ANSWER, Optional.empty(), Optional.empty(),
                    Optional.of("empty answer"));
            return;
        }
        CpayCall.Result result = envelope.code() == null ? CpayCall.Result.NO_ANSWER
                : envelope.code() == 0L ? CpayCall.Result.ACCEPTED : CpayCall.Result.REFUSED;
        keep(operation, order, result, Optional.ofNullable(envelope.code()), Optional.ofNullable(envelope.traceid()),
                Optional.ofNullable(envelope.msg()));
    }

    /** No answer came (timeout, lost connection, HTTP error ...). */
    void failed(String operation, MerchantTradeNo order, RuntimeException failure) {
        keep(operation, order, CpayCall.Result.NO_ANSWER, Optional.empty(), Optional.empty(),
                Optional.ofNullable(failure.getMessage()));
    }

    private void keep(String operation, MerchantTradeNo order, CpayCall.Result result, Optional<Long> code,
                      Optional<String> traceId, Optional<String> detail) {
        if (log.isEmpty() || order == null) {
            return;
        }
        try {
            log.get().record(new CpayCall(order, operation, clock.instant(), result, code, traceId, detail));
        } catch (RuntimeException e) {
            LOG.warn("the C-Pay call {} for order {} could not be kept in the call log ({})", operation, order,
                    e.getClass().getSimpleName());
        }
    }
}
