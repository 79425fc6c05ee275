package com.cpay.platform.domain.order;

import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Instant;
import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The calls made to C-Pay about each order, kept for the people who settle orders with C-Pay support (its trace ids
 * are what support asks for). Written where a call's answer is read; appended to, and pruned past its retention.
 */
@SecondaryPort
public interface CpayCallLog {

    /** Keeps the call; a failure to keep it must never change what the call did (the caller goes on). */
    void record(CpayCall call);

    /** The order's calls, newest first, at most {@code limit}. */
    List<CpayCall> ofOrder(MerchantTradeNo merchantTradeNo, int limit);

    /**
     * Deletes the calls whose answer came before this instant, in batches (each its own transaction, so a large
     * backlog never holds long locks); how many.
     */
    int prune(Instant calledBefore);
}
