package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A hosted card payment's own facts: the card is typed on C-Pay's page, so nothing about it reaches us.
 *
 * @param currency   the fiat currency charged (USD, EUR, BRL)
 * @param cashierUrl C-Pay's payment page ({@code cashierURL}), once C-Pay answered
 */
public record HostedCardDetails(Asset currency, Optional<String> cashierUrl) implements OrderDetails {

    /** The currencies createOrderByCreditCard charges in. */
    public static final Set<Asset> CURRENCIES = Set.of(Asset.USD, Asset.EUR, Asset.BRL);

    public HostedCardDetails {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(cashierUrl, "cashierUrl");
    }

    /** A hosted card payment in this currency, before C-Pay answered. */
    public static HostedCardDetails of(Asset currency) {
        return new HostedCardDetails(currency, Optional.empty());
    }

    public HostedCardDetails withCashierUrl(String value) {
        return new HostedCardDetails(currency, Optional.of(value));
    }

    @Override
    public OrderKind kind() {
        return OrderKind.HOSTED_CARD;
    }

    @Override
    public Asset reportingAsset() {
        return currency;
    }
}
