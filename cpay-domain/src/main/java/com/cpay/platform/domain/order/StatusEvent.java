package com.cpay.platform.domain.order;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.TransactionHash;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One report of an order's status, from whatever source, as the domain sees it after an adapter has
 * read (and for webhooks verified) it.
 *
 * @param code        the status exactly as reported
 * @param amounts     the amounts reported with it ({@link ReportedAmounts#none()} when none)
 * @param cpayOrderId C-Pay's order id, when the report names it
 * @param hash        the on-chain transaction hash, when the report names it
 * @param source      where the report came from
 * @param observedAt  when we received it (not C-Pay's createTime)
 */
@ValueObject
public record StatusEvent(
        StatusCode code,
        ReportedAmounts amounts,
        Optional<CpayOrderId> cpayOrderId,
        Optional<TransactionHash> hash,
        EventSource source,
        Instant observedAt) {

    public StatusEvent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(cpayOrderId, "cpayOrderId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(observedAt, "observedAt");
    }

    /** A bare report: a status, no amounts, no ids. */
    public static StatusEvent of(StatusCode code, EventSource source, Instant observedAt) {
        return new StatusEvent(code, ReportedAmounts.none(), Optional.empty(), Optional.empty(), source, observedAt);
    }

    /** A bare report of a known status. */
    public static StatusEvent of(OrderStatus status, EventSource source, Instant observedAt) {
        return of(StatusCode.of(status), source, observedAt);
    }

    /** The same report carrying these amounts. */
    public StatusEvent withAmounts(ReportedAmounts reported) {
        return new StatusEvent(code, reported, cpayOrderId, hash, source, observedAt);
    }

    /** The same report naming C-Pay's order id. */
    public StatusEvent withCpayOrderId(CpayOrderId id) {
        return new StatusEvent(code, amounts, Optional.of(id), hash, source, observedAt);
    }

    /** The same report naming the on-chain transaction. */
    public StatusEvent withHash(TransactionHash transactionHash) {
        return new StatusEvent(code, amounts, cpayOrderId, Optional.of(transactionHash), source, observedAt);
    }
}
