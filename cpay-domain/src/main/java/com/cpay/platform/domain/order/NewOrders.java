package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.RoundedCardAmount;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The rules for starting each kind of order; {@link Order}'s factory methods delegate here. */
final class NewOrders {

    private NewOrders() {
    }

    static Order cryptoDeposit(MerchantTradeNo tradeNo, UserId userId, Money amount, Instant createdAt) {
        requirePositive("amount", amount);
        if (!amount.asset().isCrypto()) {
            throw ValidationException.of("cryptoCurrency", "crypto-required", "a crypto deposit is in a crypto asset");
        }
        return start(tradeNo, userId, amount, CryptoDepositDetails.of(amount.asset()), createdAt);
    }

    static Order hostedCard(MerchantTradeNo tradeNo, UserId userId, Money amount, Instant createdAt) {
        requirePositive("amount", amount);
        requireFiat(amount);
        return start(tradeNo, userId, amount, HostedCardDetails.of(amount.asset()), createdAt);
    }

    static Order directCard(MerchantTradeNo tradeNo, UserId userId, RoundedCardAmount amount, MaskedPan card,
                            Instant createdAt) {
        Objects.requireNonNull(amount, "amount");
        return start(tradeNo, userId, amount.charged(), CardPaymentDetails.of(card, amount), createdAt);
    }

    static Order cryptoPayout(MerchantTradeNo tradeNo, UserId userId, CryptoAddress toAddress,
                              CryptoPayoutAmounts amounts, Instant createdAt) {
        Objects.requireNonNull(toAddress, "toAddress");
        Objects.requireNonNull(amounts, "amounts");
        return start(tradeNo, userId, amounts.totalAmount(), CryptoPayoutDetails.of(toAddress, amounts), createdAt);
    }

    static Order pixPayout(MerchantTradeNo tradeNo, UserId userId, PixPayoutTerms terms, Instant createdAt) {
        Objects.requireNonNull(terms, "terms");
        return start(tradeNo, userId, terms.amount(), new PixPayoutDetails(terms), createdAt);
    }

    static Order exchange(MerchantTradeNo tradeNo, UserId userId, Money sourceAmount, Asset targetCurrency,
                          Instant createdAt) {
        requirePositive("sourceAmount", sourceAmount);
        return start(tradeNo, userId, sourceAmount, ExchangeDetails.of(sourceAmount, targetCurrency), createdAt);
    }

    /**
     * A deposit nobody ordered: C-Pay's webhook is the first we hear of it (docs/decisions.md, decision 15). It needs
     * the user, the coin, and the transaction hash or C-Pay's order id to reconcile it by later.
     */
    static Order noOrderDeposit(CpayNotification notification, AssetCatalog catalog, MerchantTradeNo fallbackTradeNo,
                                Instant receivedAt) {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(catalog, "catalog");
        MerchantTradeNo tradeNo = notification.merchantTradeNo()
                .orElseGet(() -> Objects.requireNonNull(fallbackTradeNo, "fallbackTradeNo"));
        UserId userId = notification.merchantUserId().orElseThrow(() -> ValidationException.of(
                "merchantUserId", "required", "a no-order deposit needs merchantUserId"));
        Asset coin = catalog.asset("cryptoCurrency", notification.cryptoCurrency().orElse(null));
        if (notification.hash().isEmpty() && notification.orderId().isEmpty()) {
            throw ValidationException.of("hash", "required", "a no-order deposit needs its hash or orderId");
        }
        CryptoDepositDetails details = CryptoDepositDetails.of(coin);
        if (notification.network().isPresent()) {
            details = details.withNetwork(notification.network().get());
        }
        Order order = Order.create(tradeNo, userId, Optional.empty(), details, receivedAt);
        order.apply(notification.toStatusEvent(coin, receivedAt));
        return order;
    }

    private static Order start(MerchantTradeNo tradeNo, UserId userId, Money requested, OrderDetails details,
                               Instant createdAt) {
        Objects.requireNonNull(tradeNo, "merchantTradeNo");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        return Order.create(tradeNo, userId, Optional.of(requested), details, createdAt);
    }

    private static void requirePositive(String field, Money amount) {
        Objects.requireNonNull(amount, field);
        if (!amount.isPositive()) {
            throw ValidationException.of(field, "positive", field + " must be greater than zero");
        }
    }

    private static void requireFiat(Money amount) {
        if (!amount.asset().isFiat()) {
            throw ValidationException.of("currency", "fiat-required", "a card payment is in a fiat currency");
        }
    }
}
