package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;

/** What only one kind of order knows; each kind has exactly one details type. */
public sealed interface OrderDetails
        permits CryptoDepositDetails, HostedCardDetails, CardPaymentDetails, CryptoPayoutDetails,
        PixPayoutDetails, ExchangeDetails {

    /** The kind of order these details belong to. */
    OrderKind kind();

    /** The asset C-Pay's reported amounts (orderAmount, receivedAmount, fee ...) are counted in. */
    Asset reportingAsset();
}
