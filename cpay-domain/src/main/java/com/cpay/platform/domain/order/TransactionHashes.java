package com.cpay.platform.domain.order;

import com.cpay.platform.domain.shared.TransactionHash;
import java.util.Optional;

/** Reads and records the on-chain hash of the order kinds that have one (crypto deposits and payouts). */
final class TransactionHashes {

    private TransactionHashes() {
    }

    /** The recorded hash, if the kind has one and it is known. */
    static Optional<TransactionHash> of(OrderDetails details) {
        if (details instanceof CryptoDepositDetails deposit) {
            return deposit.hash();
        }
        if (details instanceof CryptoPayoutDetails payout) {
            return payout.hash();
        }
        return Optional.empty();
    }

    /** The details with this hash recorded; kinds without a chain transaction are returned unchanged. */
    static OrderDetails withHash(OrderDetails details, TransactionHash hash) {
        if (details instanceof CryptoDepositDetails deposit) {
            return deposit.withHash(hash);
        }
        if (details instanceof CryptoPayoutDetails payout) {
            return payout.withHash(hash);
        }
        return details;
    }
}
