package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.TransactionHash;
import java.util.Objects;
import java.util.Optional;

/**
 * A crypto withdrawal's own facts, as sent to withdraw (s.4).
 *
 * <p>The address is kept as text: it was checked as a {@link CryptoAddress} when the payout was asked,
 * and a stored payout must still load if the address rules are tightened later. Anything that sends it again
 * takes {@link #checkedAddress()}, so it never goes out to an address today's rules refuse.
 *
 * @param network   the chain sent on
 * @param toAddress the user's external address
 * @param amounts   what the user withdraws ({@code totalAmount}) and what reaches the address
 *                  ({@code receivedAmount})
 * @param hash      the on-chain transaction, once known
 */
public record CryptoPayoutDetails(
        Network network,
        String toAddress,
        CryptoPayoutAmounts amounts,
        Optional<TransactionHash> hash) implements OrderDetails {

    public CryptoPayoutDetails {
        Objects.requireNonNull(network, "network");
        Checks.text(CryptoAddress.FIELD, toAddress, CryptoAddress.MAX_LENGTH);
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(hash, "hash");
    }

    /** A payout to this address before C-Pay answered. */
    public static CryptoPayoutDetails of(CryptoAddress toAddress, CryptoPayoutAmounts amounts) {
        return new CryptoPayoutDetails(toAddress.network(), toAddress.value(), amounts, Optional.empty());
    }

    /** The address checked against today's rules, which may be stricter than when the payout was stored. */
    public CryptoAddress checkedAddress() {
        return new CryptoAddress(network, toAddress);
    }

    public CryptoPayoutDetails withHash(TransactionHash value) {
        return new CryptoPayoutDetails(network, toAddress, amounts, Optional.of(value));
    }

    @Override
    public OrderKind kind() {
        return OrderKind.CRYPTO_PAYOUT;
    }

    @Override
    public Asset reportingAsset() {
        return amounts.totalAmount().asset();
    }
}
