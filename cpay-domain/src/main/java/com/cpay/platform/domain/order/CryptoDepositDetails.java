package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.shared.TransactionHash;
import java.util.Objects;
import java.util.Optional;

/**
 * A crypto deposit's own facts. The network, cashier page and transaction hash become known only from
 * C-Pay's answers, so each starts empty.
 *
 * @param cryptoCurrency the coin deposited
 * @param network        the chain, once C-Pay names it
 * @param cashierUrl     C-Pay's payment page for the user (createOrder's {@code cashierURL})
 * @param hash           the on-chain transaction, once known
 */
public record CryptoDepositDetails(
        Asset cryptoCurrency,
        Optional<Network> network,
        Optional<String> cashierUrl,
        Optional<TransactionHash> hash) implements OrderDetails {

    public CryptoDepositDetails {
        Objects.requireNonNull(cryptoCurrency, "cryptoCurrency");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(cashierUrl, "cashierUrl");
        Objects.requireNonNull(hash, "hash");
    }

    /** A deposit of this coin with nothing known yet beyond it. */
    public static CryptoDepositDetails of(Asset cryptoCurrency) {
        return new CryptoDepositDetails(cryptoCurrency, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CryptoDepositDetails withNetwork(Network value) {
        return new CryptoDepositDetails(cryptoCurrency, Optional.of(value), cashierUrl, hash);
    }

    public CryptoDepositDetails withCashierUrl(String value) {
        return new CryptoDepositDetails(cryptoCurrency, network, Optional.of(value), hash);
    }

    public CryptoDepositDetails withHash(TransactionHash value) {
        return new CryptoDepositDetails(cryptoCurrency, network, cashierUrl, Optional.of(value));
    }

    @Override
    public OrderKind kind() {
        return OrderKind.CRYPTO_DEPOSIT;
    }

    @Override
    public Asset reportingAsset() {
        return cryptoCurrency;
    }
}
