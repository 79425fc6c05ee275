package com.cpay.platform.domain.deposit;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.shared.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * One deposit address of a user (getWalletAddress, s.3). The coin is kept as C-Pay wrote it, because C-Pay
 * lists coins this installation may not know yet; {@link #asset(AssetCatalog)} resolves it when it can.
 *
 * @param currency the coin's code as C-Pay wrote it ({@code currency}), e.g. {@code USDT}
 * @param network  the chain
 * @param address  the address to send the coin to
 */
public record DepositAddress(String currency, Network network, String address) {

    public DepositAddress {
        Checks.text("currency", currency, 16);
        Objects.requireNonNull(network, "network");
        Checks.text("address", address, 128);
    }

    /** The coin as an asset of the catalog, if the catalog knows it. */
    public Optional<Asset> asset(AssetCatalog catalog) {
        return catalog.contains(currency) ? Optional.of(catalog.asset(currency)) : Optional.empty();
    }
}
